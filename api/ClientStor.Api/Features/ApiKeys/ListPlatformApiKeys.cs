
namespace ClientStor.Api.Features.ApiKeys;

/// <summary>Platform API keys, bound to several or all organisations (platform administration).</summary>
public sealed class ListPlatformApiKeysEndpoint(ClientStorDbContext db) : Endpoint<ListApiKeysRequest, Page<ApiKeyResponse>>
{
    public override void Configure()
    {
        Get("api-keys");
        Group<PlatformApiKeysGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List platform API keys");
    }

    public override async Task HandleAsync(ListApiKeysRequest req, CancellationToken ct)
    {
        var query = ApiKeyQuery.Filter(db.ApiKeys.AsNoTracking().Where(k => k.OrgId == null), req.IncludeRevoked, req.Q);
        await Send.OkAsync(await ApiKeyQuery.Sorts.PageAsync(query, req, ApiKeyMapper.ToResponse, ct), ct);
    }
}

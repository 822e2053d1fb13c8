
namespace ClientStor.Api.Features.ApiKeys;

/// <summary>The organisation's API keys (never their secrets).</summary>
public sealed class ListOrgApiKeysEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListApiKeysRequest, Page<ApiKeyResponse>>
{
    public override void Configure()
    {
        Get("api-keys");
        Group<ApiKeysGroup>();
        this.RequireOrgPermission("apikeys.manage");
        Summary(s => s.Summary = "List API keys");
    }

    public override async Task HandleAsync(ListApiKeysRequest req, CancellationToken ct)
    {
        var query = ApiKeyQuery.Filter(db.ApiKeys.AsNoTracking().Where(k => k.OrgId == org.Id), req.IncludeRevoked, req.Q);
        await Send.OkAsync(await ApiKeyQuery.Sorts.PageAsync(query, req, ApiKeyMapper.ToResponse, ct), ct);
    }
}

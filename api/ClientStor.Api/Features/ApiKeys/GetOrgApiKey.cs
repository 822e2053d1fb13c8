
namespace ClientStor.Api.Features.ApiKeys;

/// <summary>One API key (never its secret).</summary>
public sealed class GetOrgApiKeyEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ApiKeyRequest, ApiKeyResponse>
{
    public override void Configure()
    {
        Get("api-keys/{keyId}");
        Group<ApiKeysGroup>();
        this.RequireOrgPermission("apikeys.manage");
        Summary(s => s.Summary = "Get an API key");
    }

    public override async Task HandleAsync(ApiKeyRequest req, CancellationToken ct) =>
        await Send.ResourceAsync((await ApiKeyQuery.FindAsync(db.ApiKeys.AsNoTracking(), org.Id, req.KeyId, ct)).ToResponse(), ct);
}


namespace ClientStor.Api.Features.ApiKeys;

/// <summary>
/// Issues a new client secret (fresh re-authentication). The old secret stops working at once and the key's
/// current tokens are revoked; there is no overlap period.
/// </summary>
public sealed class RotateOrgApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys, CurrentOrg org) : Endpoint<ApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("api-keys/{keyId}/rotate");
        Group<ApiKeysGroup>();
        this.RequireOrgPermission("apikeys.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Rotate an API key's secret");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ApiKeyRequest req, CancellationToken ct)
    {
        var key = await ApiKeyQuery.FindAsync(db.ApiKeys, org.Id, req.KeyId, ct);
        var secret = await keys.RotateAsync(key, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResourceAsync(new IssuedKey(key, secret).ToResponse(), ct);
    }
}


namespace ClientStor.Api.Features.ApiKeys;

/// <summary>Issues a new secret for a platform API key; the old one stops working at once (platform administration, fresh re-authentication).</summary>
public sealed class RotatePlatformApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys) : Endpoint<ApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("api-keys/{keyId}/rotate");
        Group<PlatformApiKeysGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Rotate a platform API key's secret");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ApiKeyRequest req, CancellationToken ct)
    {
        var key = await ApiKeyQuery.FindAsync(db.ApiKeys, null, req.KeyId, ct);
        var secret = await keys.RotateAsync(key, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResourceAsync(new IssuedKey(key, secret).ToResponse(), ct);
    }
}

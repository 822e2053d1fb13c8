using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.ApiKeys;

/// <summary>Revokes a platform API key and every token it holds (platform administration).</summary>
public sealed class RevokePlatformApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys) : Endpoint<ApiKeyRequest>
{
    public override void Configure()
    {
        Delete("api-keys/{keyId}");
        Group<PlatformApiKeysGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Revoke a platform API key");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(ApiKeyRequest req, CancellationToken ct)
    {
        var key = await ApiKeyQuery.FindAsync(db.ApiKeys, null, req.KeyId, ct);
        HttpContext.CheckIfMatch(key);
        await keys.RevokeAsync(key, ct);
        await Send.NoContentAsync(ct);
    }
}

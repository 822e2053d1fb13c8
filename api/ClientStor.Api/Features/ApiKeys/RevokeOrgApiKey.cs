using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.ApiKeys;

/// <summary>Revokes an API key: no new tokens, and every token it already holds fails on its next request.</summary>
public sealed class RevokeOrgApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys, CurrentOrg org) : Endpoint<ApiKeyRequest>
{
    public override void Configure()
    {
        Delete("api-keys/{keyId}");
        Group<ApiKeysGroup>();
        this.RequireOrgPermission("apikeys.manage");
        Summary(s => s.Summary = "Revoke an API key");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(ApiKeyRequest req, CancellationToken ct)
    {
        var key = await ApiKeyQuery.FindAsync(db.ApiKeys, org.Id, req.KeyId, ct);
        HttpContext.CheckIfMatch(key);
        await keys.RevokeAsync(key, ct);
        await Send.NoContentAsync(ct);
    }
}

using System.ComponentModel.DataAnnotations;

namespace ClientStor.Api.Features.ApiKeys;

public sealed class CreateOrgApiKeyRequest
{
    /// <summary>What uses the key (1–200 characters).</summary>
    [Required] public string Name { get; set; } = "";
    /// <summary>Permission names the key may use (see GET /api/v1/permissions); never <c>vault.reveal</c>, never more than you hold.</summary>
    [Required] public List<string> Scopes { get; set; } = [];
    /// <summary>Optional; defaults to, and may not exceed, the configured maximum (one year).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    /// <summary>IP addresses or CIDR networks (v4 or v6) the key may be used from; empty or absent allows any.</summary>
    public List<string>? AllowedIps { get; set; }
}

/// <summary>
/// Issues an API key for this organisation (fresh re-authentication). The answer holds the client secret — the
/// only time it is shown.
/// </summary>
public sealed class CreateOrgApiKeyEndpoint(ApiKeyService keys, CurrentActor actor, CurrentOrg org) : Endpoint<CreateOrgApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("api-keys");
        Group<ApiKeysGroup>();
        this.RequireOrgPermission("apikeys.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Create an API key");
        Description(b => b.Produces<IssuedApiKeyResponse>(201));
    }

    public override async Task HandleAsync(CreateOrgApiKeyRequest req, CancellationToken ct)
    {
        var draft = new ApiKeyDraft(req.Name, req.Scopes, req.ExpiresAt, req.AllowedIps);
        FieldErrorsException.ThrowIfAny(keys.Validate(draft, org.Permissions, out var allowedIps));
        var issued = await keys.CreateAsync(draft, allowedIps, org.Id, false, [], (await actor.UserAsync(ct))!, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.CreatedAsync(issued.Key.Id, issued.ToResponse(), ct);
    }
}

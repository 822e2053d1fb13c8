using System.ComponentModel.DataAnnotations;
using ClientStor.Api.Features.Orgs;

namespace ClientStor.Api.Features.ApiKeys;

public sealed class CreatePlatformApiKeyRequest
{
    /// <summary>What uses the key (1–200 characters).</summary>
    [Required] public string Name { get; set; } = "";
    [Required] public List<string> Scopes { get; set; } = [];
    public DateTimeOffset? ExpiresAt { get; set; }
    public List<string>? AllowedIps { get; set; }
    /// <summary>Bind the key to every organisation, including ones created later.</summary>
    public bool AllOrgs { get; set; }
    /// <summary>Or bind it to these organisations.</summary>
    [References<Org>] public List<Guid>? OrgIds { get; set; }
}

/// <summary>Issues a platform API key bound to several or all organisations (platform administration, fresh re-authentication).</summary>
public sealed class CreatePlatformApiKeyEndpoint(ApiKeyService keys, CurrentActor actor) : Endpoint<CreatePlatformApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("api-keys");
        Group<PlatformApiKeysGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Create a platform API key");
        Description(b => b.Produces<IssuedApiKeyResponse>(201));
    }

    public override async Task HandleAsync(CreatePlatformApiKeyRequest req, CancellationToken ct)
    {
        var draft = new ApiKeyDraft(req.Name, req.Scopes, req.ExpiresAt, req.AllowedIps);
        var errors = keys.Validate(draft, PermissionCatalog.Names, out var allowedIps);
        var orgIds = (req.OrgIds ?? []).Distinct().ToList();
        if (req.AllOrgs == (orgIds.Count > 0))
            errors["orgIds"] = "Bind the key either to all organisations (allOrgs: true) or to a list of organisation ids.";
        FieldErrorsException.ThrowIfAny(errors);
        var issued = await keys.CreateAsync(draft, allowedIps, null, req.AllOrgs, orgIds, (await actor.UserAsync(ct))!, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.CreatedAsync(issued.Key.Id, issued.ToResponse(), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Vault;

public sealed class UpdateCredentialRequest : CredentialFields
{
    [RouteParam] public Guid CredentialId { get; set; }
    public string? Name { get; set; }
    /// <summary>Secret fields to delete (<c>password</c>, <c>otpSeed</c>, <c>custom:&lt;name&gt;</c>).</summary>
    public List<string>? RemoveSecrets { get; set; }
    /// <summary>Move out of any folder.</summary>
    public bool? ClearFolder { get; set; }
}

internal sealed class UpdateCredentialValidator : Validator<UpdateCredentialRequest>
{
    public UpdateCredentialValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("The name cannot be empty.").MaximumLength(200).When(x => x.Name is not null);
        CredentialRules.Add(this);
    }
}

/// <summary>
/// Partial update: omitted fields stay; an empty string clears a text field. Secret fields given are re-encrypted;
/// the audit row names which secret fields changed, never their values, and the assets linked or unlinked.
/// </summary>
public sealed class UpdateCredentialEndpoint(ClientStorDbContext db, VaultSecrets secrets, CurrentActor actor, AuditedChanges changes, CurrentOrg org)
    : Endpoint<UpdateCredentialRequest, CredentialResponse>
{
    public override void Configure()
    {
        Patch("vault/credentials/{credentialId}");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.write");
        Summary(s => s.Summary = "Update a credential");
    }

    public override async Task HandleAsync(UpdateCredentialRequest req, CancellationToken ct)
    {
        var credential = await db.Credentials.Include(c => c.Secrets).Include(c => c.AssetLinks).AsSingleQuery().FindInOrgAsync(org.Id, req.CredentialId, ct);
        HttpContext.CheckIfMatch(credential);
        if (req.Name is not null) credential.Name = req.Name.Trim();
        req.ApplyMetadataTo(credential);
        if (req.ClearFolder == true) credential.FolderId = null;
        var secretsRemoved = new List<string>();
        foreach (var field in (req.RemoveSecrets ?? []).Distinct())
            if (credential.Secrets.FirstOrDefault(s => s.Field == field) is { } secret)
            {
                credential.Secrets.Remove(secret);
                secretsRemoved.Add(field);
            }
        var secretsChanged = await req.ApplySecretsToAsync(credential, secrets, ct);
        var links = await req.ApplyAssetLinksAsync(credential, db, ct);
        // Secrets and asset links are rows of their own: a change to them alone still audits (one row, field names and
        // asset names only) and bumps the etag.
        var details = new Dictionary<string, object>();
        if (secretsChanged.Count + secretsRemoved.Count > 0)
        {
            details["secretsChanged"] = secretsChanged;
            details["secretsRemoved"] = secretsRemoved;
        }
        if (links is not null)
        {
            details["assetsLinked"] = links.AssetsLinked;
            details["assetsUnlinked"] = links.AssetsUnlinked;
        }
        if (details.Count > 0 || changes.HasChanges(credential))
            credential.UpdatedById = actor.UserId ?? actor.ApiKeyId ?? Guid.Empty;
        await changes.UpdatedAsync(credential, ct, details: details.Count > 0 ? details : null, always: details.Count > 0);
        await Send.ResourceAsync(credential.ToResponse(), ct);
    }
}

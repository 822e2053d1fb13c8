
namespace ClientStor.Api.Features.Vault;

public sealed class CreateCredentialRequest : CredentialFields
{
    public string Name { get; set; } = "";
}

internal sealed class CreateCredentialValidator : Validator<CreateCredentialRequest>
{
    public CreateCredentialValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the credential a name.").MaximumLength(200);
        CredentialRules.Add(this);
    }
}

/// <summary>Stores a credential; its secret fields are encrypted before they reach the database.</summary>
public sealed class CreateCredentialEndpoint(ClientStorDbContext db, VaultSecrets secrets, CurrentActor actor, AuditedChanges changes, CurrentOrg org)
    : Endpoint<CreateCredentialRequest, CredentialResponse>
{
    public override void Configure()
    {
        Post("vault/credentials");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.write");
        Summary(s => s.Summary = "Create a credential");
        Description(b => b.Produces<CredentialResponse>(201));
    }

    public override async Task HandleAsync(CreateCredentialRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var by = actor.UserId ?? actor.ApiKeyId ?? Guid.Empty;
        var credential = new Credential
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = req.Name.Trim(), CreatedAt = now, UpdatedAt = now, CreatedById = by, UpdatedById = by,
        };
        req.ApplyMetadataTo(credential);
        var links = await req.ApplyAssetLinksAsync(credential, db, ct);
        var secretFields = await req.ApplySecretsToAsync(credential, secrets, ct);
        await changes.CreatedAsync(credential, ct, details: links is null ? new { secretFields } : new { secretFields, assets = links.AssetsLinked });
        await Send.CreatedAsync(credential.Id, credential.ToResponse(), ct);
    }
}

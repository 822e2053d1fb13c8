
namespace ClientStor.Api.Features.Vault;

/// <summary>One credential's metadata (never its secrets). Audited.</summary>
public sealed class GetCredentialEndpoint(ClientStorDbContext db, AuditLog audit, CurrentOrg org) : Endpoint<CredentialRequest, CredentialResponse>
{
    public override void Configure()
    {
        Get("vault/credentials/{credentialId}");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.read");
        Summary(s => s.Summary = "Get a credential (metadata, never secrets)");
    }

    public override async Task HandleAsync(CredentialRequest req, CancellationToken ct)
    {
        var credential = await db.Credentials.AsNoTracking().Include(c => c.Secrets).Include(c => c.AssetLinks).AsSingleQuery().FindInOrgAsync(org.Id, req.CredentialId, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.viewed")
        {
            OrgId = org.Id, TargetType = "credential", TargetId = credential.Id.ToString(), Details = new { credential.Name },
        }, ct);
        await Send.ResourceAsync(credential.ToResponse(), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Vault;

/// <summary>Deletes a credential and its encrypted secrets.</summary>
public sealed class DeleteCredentialEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CredentialRequest>
{
    public override void Configure()
    {
        Delete("vault/credentials/{credentialId}");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.write");
        Summary(s => s.Summary = "Delete a credential");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(CredentialRequest req, CancellationToken ct)
    {
        var credential = await db.Credentials.Include(c => c.Secrets).Include(c => c.AssetLinks).AsSingleQuery().FindInOrgAsync(org.Id, req.CredentialId, ct);
        HttpContext.CheckIfMatch(credential);
        await changes.DeletedAsync(credential, ct, details: new
        {
            secretFields = credential.Secrets.Select(s => s.Field).Order(StringComparer.Ordinal).ToList(),
            assetIds = credential.AssetLinks.Select(l => l.AssetId).Order().ToList(),
        });
        await Send.NoContentAsync(ct);
    }
}


namespace ClientStor.Api.Features.Vault;

public sealed class TotpCodeResponse
{
    public required string Code { get; set; }
    /// <summary>Seconds until the code changes.</summary>
    public required int SecondsLeft { get; set; }
    public required int Period { get; set; }
}

/// <summary>The current TOTP code of a stored seed: same rules as reveal (a person with vault.reveal and a fresh re-auth). Audited.</summary>
public sealed class TotpCodeEndpoint(VaultSecrets secrets, AuditLog audit, CurrentOrg org) : Endpoint<CredentialRequest, TotpCodeResponse>
{
    public override void Configure()
    {
        Get("vault/credentials/{credentialId}/totp");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.reveal");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Current TOTP code of a credential");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CredentialRequest req, CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "no-store";
        var (seed, name) = await secrets.FindAsync(org.Id, req.CredentialId, VaultSecrets.OtpSeed, ct);
        var (code, left) = await secrets.TotpAsync(seed, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.totp_viewed")
        {
            OrgId = org.Id, TargetType = "credential", TargetId = req.CredentialId.ToString(), Details = new { name },
        }, ct);
        await Send.OkAsync(new TotpCodeResponse { Code = code, SecondsLeft = left, Period = 30 }, ct);
    }
}

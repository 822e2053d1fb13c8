
namespace ClientStor.Api.Features.Vault;

public sealed class RevealRequest
{
    [RouteParam] public Guid CredentialId { get; set; }
    /// <summary><c>password</c>, <c>otpSeed</c> or <c>custom:&lt;name&gt;</c>.</summary>
    public string Field { get; set; } = "";
}

internal sealed class RevealValidator : Validator<RevealRequest>
{
    public RevealValidator() => RuleFor(x => x.Field).NotEmpty().WithMessage("Name the secret field to reveal (password, otpSeed or custom:<name>).").MaximumLength(120);
}

public sealed class RevealResponse
{
    public required string Field { get; set; }
    public required string Value { get; set; }
}

/// <summary>
/// Reveals one secret field in plaintext: only for a person (never an API key) with <c>vault.reveal</c> who
/// re-authenticated within the last minutes. Audited with the field name; the answer is never cached.
/// </summary>
public sealed class RevealSecretEndpoint(VaultSecrets secrets, AuditLog audit, CurrentOrg org) : Endpoint<RevealRequest, RevealResponse>
{
    public override void Configure()
    {
        Post("vault/credentials/{credentialId}/reveal");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.reveal");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Reveal a secret field");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(RevealRequest req, CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "no-store";
        HttpContext.Response.Headers.Pragma = "no-cache";
        var (secret, name) = await secrets.FindAsync(org.Id, req.CredentialId, req.Field, ct);
        var value = await secrets.RevealAsync(secret, ct);
        // A reveal is vault access, not a change: its own event, naming the field and never the value.
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.revealed")
        {
            OrgId = org.Id, TargetType = "credential", TargetId = req.CredentialId.ToString(), Details = new { field = req.Field, name },
        }, ct);
        await Send.OkAsync(new RevealResponse { Field = req.Field, Value = value }, ct);
    }
}

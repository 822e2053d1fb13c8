
namespace ClientStor.Api.Features.Audit;

public sealed class AuditVerificationResponse
{
    public required bool Ok { get; set; }
    /// <summary>Rows verified.</summary>
    public required long Checked { get; set; }
    public required int Chains { get; set; }
    public required long? FirstBrokenId { get; set; }
    public required string? Chain { get; set; }
    public required string? Reason { get; set; }
}

/// <summary>Recomputes every hash chain and reports the first row that does not match.</summary>
public sealed class VerifyAuditEndpoint(AuditVerifier verifier) : EndpointWithoutRequest<AuditVerificationResponse>
{
    public override void Configure()
    {
        Get("audit/verify");
        Group<AuditGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Verify the audit log's hash chains");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var r = await verifier.VerifyAsync(ct);
        await Send.OkAsync(new AuditVerificationResponse
        {
            Ok = r.Ok, Checked = r.Checked, Chains = r.Chains, FirstBrokenId = r.FirstBrokenId, Chain = r.Chain, Reason = r.Reason,
        }, ct);
    }
}

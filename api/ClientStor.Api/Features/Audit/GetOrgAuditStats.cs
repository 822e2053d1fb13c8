
namespace ClientStor.Api.Features.Audit;

/// <summary>One organisation's audit event counts per category per day (or hour).</summary>
public sealed class GetOrgAuditStatsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<AuditStatsRequest, AuditStatsResponse>
{
    public override void Configure()
    {
        Get("audit/stats");
        Group<OrgAuditGroup>();
        this.RequireOrgPermission("audit.read");
        Summary(s => s.Summary = "Count an organisation's audit events per category per day or hour");
    }

    public override async Task HandleAsync(AuditStatsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AuditStats.QueryAsync(db, req, org.Id, ct), ct);
}

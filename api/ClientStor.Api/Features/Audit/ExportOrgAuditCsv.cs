
namespace ClientStor.Api.Features.Audit;

public sealed class ExportOrgAuditCsvRequest : AuditFilter;

internal sealed class ExportOrgAuditCsvValidator : Validator<ExportOrgAuditCsvRequest>
{
    public ExportOrgAuditCsvValidator() => AuditQuery.Rules(this);
}

/// <summary>One organisation's audit log as CSV, oldest first, streamed.</summary>
public sealed class ExportOrgAuditCsvEndpoint(ClientStorDbContext db, AuditLog audit, CurrentOrg org) : Endpoint<ExportOrgAuditCsvRequest>
{
    public override void Configure()
    {
        Get("audit/export.csv");
        Group<OrgAuditGroup>();
        this.RequireOrgPermission("audit.export");
        Summary(s => s.Summary = "Export an organisation's audit events as CSV");
        Description(b => b.Produces(200, typeof(string), "text/csv"));
    }

    public override Task HandleAsync(ExportOrgAuditCsvRequest req, CancellationToken ct) =>
        AuditCsv.ExportAsync(HttpContext, db, audit, req, org.Id, $"clientstor-audit-{org.Id}.csv", ct);
}


namespace ClientStor.Api.Features.Audit;

public sealed class ExportAuditCsvRequest : AuditFilter
{
    /// <summary>Only events of this organisation.</summary>
    [QueryParam] public Guid? OrgId { get; set; }
}

internal sealed class ExportAuditCsvValidator : Validator<ExportAuditCsvRequest>
{
    public ExportAuditCsvValidator() => AuditQuery.Rules(this);
}

/// <summary>The platform audit log as CSV, oldest first, streamed.</summary>
public sealed class ExportAuditCsvEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<ExportAuditCsvRequest>
{
    public override void Configure()
    {
        Get("audit/export.csv");
        Group<AuditGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Export audit events as CSV");
        Description(b => b.Produces(200, typeof(string), "text/csv"));
    }

    public override Task HandleAsync(ExportAuditCsvRequest req, CancellationToken ct) =>
        AuditCsv.ExportAsync(HttpContext, db, audit, req, req.OrgId, "clientstor-audit.csv", ct);
}

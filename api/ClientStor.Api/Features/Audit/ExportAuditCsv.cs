using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Authorization;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

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
        Get("/api/v1/audit/export.csv");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Audit");
        Summary(s => s.Summary = "Export audit events as CSV");
        Description(b => b.Produces(200, typeof(string), "text/csv"));
    }

    public override Task HandleAsync(ExportAuditCsvRequest req, CancellationToken ct) =>
        AuditExport.StreamAsync(HttpContext, db, audit, req, req.OrgId, "clientstor-audit.csv", ct);
}

public sealed class ExportOrgAuditCsvRequest : AuditFilter
{
    [RouteParam] public Guid OrgId { get; set; }
}

internal sealed class ExportOrgAuditCsvValidator : Validator<ExportOrgAuditCsvRequest>
{
    public ExportOrgAuditCsvValidator() => AuditQuery.Rules(this);
}

/// <summary>One organisation's audit log as CSV, oldest first, streamed.</summary>
public sealed class ExportOrgAuditCsvEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<ExportOrgAuditCsvRequest>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/audit/export.csv");
        this.RequireOrgPermission("audit.export");
        Tags("Audit");
        Summary(s => s.Summary = "Export an organisation's audit events as CSV");
        Description(b => b.Produces(200, typeof(string), "text/csv").WithMetadata(new ProblemResponses(404)));
    }

    public override Task HandleAsync(ExportOrgAuditCsvRequest req, CancellationToken ct) =>
        AuditExport.StreamAsync(HttpContext, db, audit, req, req.OrgId, $"clientstor-audit-{req.OrgId}.csv", ct);
}

internal static class AuditExport
{
    public static async Task StreamAsync(HttpContext http, ClientStorDbContext db, AuditLog audit, AuditFilter filter, Guid? orgId,
        string fileName, CancellationToken ct)
    {
        // The export itself is an audited read: who took a copy of the log, with which filters.
        await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "audit.exported")
        {
            OrgId = orgId, TargetType = "audit", Details = new { filter },
        }, ct);
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
        var rows = AuditQuery.Apply(db.AuditEvents.AsNoTracking(), filter, orgId).OrderBy(e => e.Id).AsAsyncEnumerable();
        await AuditCsv.WriteAsync(http.Response.Body, rows, ct);
    }
}

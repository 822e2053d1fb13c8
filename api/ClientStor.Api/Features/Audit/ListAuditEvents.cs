using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using ClientStor.Api.Platform.Authorization;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Audit;

public sealed class ListAuditEventsRequest : AuditFilter
{
    /// <summary>Only events of this organisation.</summary>
    [QueryParam] public Guid? OrgId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    [QueryParam] public string? Cursor { get; set; }
}

internal sealed class ListAuditEventsValidator : Validator<ListAuditEventsRequest>
{
    public ListAuditEventsValidator()
    {
        AuditQuery.Rules(this);
        AuditQuery.PageRules(this, x => x.Limit, x => x.Cursor);
    }
}

/// <summary>The platform-wide audit log, newest first.</summary>
public sealed class ListAuditEventsEndpoint(ClientStorDbContext db) : Endpoint<ListAuditEventsRequest, AuditPage>
{
    public override void Configure()
    {
        Get("/api/v1/audit");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Audit");
        Summary(s => s.Summary = "List audit events (all organisations and the platform)");
    }

    public override async Task HandleAsync(ListAuditEventsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AuditQuery.PageAsync(AuditQuery.Apply(db.AuditEvents.AsNoTracking(), req, req.OrgId), req.Limit, req.Cursor, ct), ct);
}

public sealed class ListOrgAuditEventsRequest : AuditFilter
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    [QueryParam] public string? Cursor { get; set; }
}

internal sealed class ListOrgAuditEventsValidator : Validator<ListOrgAuditEventsRequest>
{
    public ListOrgAuditEventsValidator()
    {
        AuditQuery.Rules(this);
        AuditQuery.PageRules(this, x => x.Limit, x => x.Cursor);
    }
}

/// <summary>One organisation's audit log, newest first.</summary>
public sealed class ListOrgAuditEventsEndpoint(ClientStorDbContext db) : Endpoint<ListOrgAuditEventsRequest, AuditPage>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/audit");
        this.RequireOrgPermission("audit.read");
        Tags("Audit");
        Summary(s => s.Summary = "List an organisation's audit events");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(ListOrgAuditEventsRequest req, CancellationToken ct) => await Send.OkAsync(await AuditQuery.PageAsync(AuditQuery.Apply(db.AuditEvents.AsNoTracking(), req, req.OrgId), req.Limit, req.Cursor, ct), ct);
}

using ClientStor.Api.Features.Overview;

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
public sealed class ListAuditEventsEndpoint(ClientStorDbContext db, ActivityFeed feed) : Endpoint<ListAuditEventsRequest, AuditPage>
{
    public override void Configure()
    {
        Get("audit");
        Group<AuditGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List audit events (all organisations and the platform)");
    }

    public override async Task HandleAsync(ListAuditEventsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AuditQuery.PageAsync(AuditQuery.Apply(db.AuditEvents.AsNoTracking(), req, req.OrgId), feed, req.Limit, req.Cursor, ct), ct);
}

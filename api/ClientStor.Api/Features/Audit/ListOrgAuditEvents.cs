using ClientStor.Api.Features.Overview;

namespace ClientStor.Api.Features.Audit;

public sealed class ListOrgAuditEventsRequest : AuditFilter
{
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
public sealed class ListOrgAuditEventsEndpoint(ClientStorDbContext db, CurrentOrg org, ActivityFeed feed) : Endpoint<ListOrgAuditEventsRequest, AuditPage>
{
    public override void Configure()
    {
        Get("audit");
        Group<OrgAuditGroup>();
        this.RequireOrgPermission("audit.read");
        Summary(s => s.Summary = "List an organisation's audit events");
    }

    public override async Task HandleAsync(ListOrgAuditEventsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AuditQuery.PageAsync(AuditQuery.Apply(db.AuditEvents.AsNoTracking(), req, org.Id), feed, req.Limit, req.Cursor, ct), ct);
}

namespace ClientStor.Api.Features.Docs;

public sealed class ListFloorPlanRevisionsRequest : IListRequest
{
    [RouteParam] public Guid FloorPlanId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>-number</c> (newest first, the default) or <c>number</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListFloorPlanRevisionsValidator : Validator<ListFloorPlanRevisionsRequest>
{
    public static readonly SortCatalog<FloorPlanRevision> Sorts = new("-number", new SortKey<FloorPlanRevision, int>("number", r => r.Number, r => r.Id));

    public ListFloorPlanRevisionsValidator() => Sorts.AddListRules(this);
}

/// <summary>Every saved state of a floor plan, newest first: who saved it, when, what they said, and the drawing's file.</summary>
public sealed class ListFloorPlanRevisionsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListFloorPlanRevisionsRequest, Page<FloorPlanRevisionResponse>>
{
    public override void Configure()
    {
        Get("docs/floor-plans/{floorPlanId}/revisions");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List a floor plan's revisions");
    }

    public override async Task HandleAsync(ListFloorPlanRevisionsRequest req, CancellationToken ct)
    {
        await db.FloorPlans.AsNoTracking().FindInOrgAsync(org.Id, req.FloorPlanId, ct);
        var query = db.FloorPlanRevisions.AsNoTracking().Where(r => r.OrgId == org.Id && r.FloorPlanId == req.FloorPlanId);
        await Send.OkAsync(await ListFloorPlanRevisionsValidator.Sorts.PageAsync(query, req, DocsMapper.ToResponse, ct), ct);
    }
}

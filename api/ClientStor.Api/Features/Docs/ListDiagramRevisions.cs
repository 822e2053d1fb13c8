namespace ClientStor.Api.Features.Docs;

public sealed class ListDiagramRevisionsRequest : IListRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>-number</c> (newest first, the default) or <c>number</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListDiagramRevisionsValidator : Validator<ListDiagramRevisionsRequest>
{
    public static readonly SortCatalog<DiagramRevision> Sorts = new("-number", new SortKey<DiagramRevision, int>("number", r => r.Number, r => r.Id));

    public ListDiagramRevisionsValidator() => Sorts.AddListRules(this);
}

/// <summary>Every saved state of a diagram, newest first: who saved it, when, and what they said it changed.</summary>
public sealed class ListDiagramRevisionsEndpoint(ClientStorDbContext db, CurrentOrg org)
    : Endpoint<ListDiagramRevisionsRequest, Page<DiagramRevisionResponse>>
{
    public override void Configure()
    {
        Get("docs/diagrams/{diagramId}/revisions");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List a diagram's revisions");
    }

    public override async Task HandleAsync(ListDiagramRevisionsRequest req, CancellationToken ct)
    {
        await db.Diagrams.AsNoTracking().FindInOrgAsync(org.Id, req.DiagramId, ct);
        // The revisions' documents stay in the table: a list reads only their headers.
        var query = db.DiagramRevisions.AsNoTracking().Where(r => r.OrgId == org.Id && r.DiagramId == req.DiagramId)
            .Select(r => new DiagramRevision
            {
                Id = r.Id, DiagramId = r.DiagramId, OrgId = r.OrgId, Number = r.Number, Name = r.Name, Summary = r.Summary, RestoredFrom = r.RestoredFrom,
                AuthorId = r.AuthorId, AuthorName = r.AuthorName, CreatedAt = r.CreatedAt,
            });
        await Send.OkAsync(await ListDiagramRevisionsValidator.Sorts.PageAsync(query, req, DocsMapper.ToResponse, ct), ct);
    }
}

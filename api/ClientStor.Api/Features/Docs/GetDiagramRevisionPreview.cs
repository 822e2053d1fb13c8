namespace ClientStor.Api.Features.Docs;

public sealed class GetDiagramRevisionPreviewRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>The SVG preview of one revision of a diagram, answered like the current one's.</summary>
public sealed class GetDiagramRevisionPreviewEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<GetDiagramRevisionPreviewRequest>
{
    public override void Configure()
    {
        Get("docs/diagrams/{diagramId}/revisions/{number}/preview");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get the SVG preview of a revision of a diagram");
        Description(b => b.Produces(200, typeof(string), DiagramPreview.ContentType));
    }

    public override async Task HandleAsync(GetDiagramRevisionPreviewRequest req, CancellationToken ct)
    {
        var revision = await DiagramRevisionLookup.FindAsync(db, org.Id, req.DiagramId, req.Number, ct);
        await DiagramPreview.SendAsync(HttpContext, revision.Svg, $"diagram-{req.DiagramId}-{req.Number}.svg", ct);
    }
}

namespace ClientStor.Api.Features.Docs;

public sealed class GetDiagramRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
}

/// <summary>A diagram with its draw.io XML and the assets its shapes link to (the preview is <c>…/preview</c>).</summary>
public sealed class GetDiagramEndpoint(ClientStorDbContext db, DiagramWriter writer, CurrentOrg org) : Endpoint<GetDiagramRequest, DiagramResponse>
{
    public override void Configure()
    {
        Get("docs/diagrams/{diagramId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a diagram");
    }

    public override async Task HandleAsync(GetDiagramRequest req, CancellationToken ct)
    {
        var diagram = await db.Diagrams.AsNoTracking().FindInOrgAsync(org.Id, req.DiagramId, ct);
        await Send.ResourceAsync(await writer.ResponseAsync(diagram, ct), ct);
    }
}

namespace ClientStor.Api.Features.Docs;

public sealed class GetDiagramRevisionRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>One revision of a diagram with its XML.</summary>
public sealed class GetDiagramRevisionEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<GetDiagramRevisionRequest, DiagramRevisionContentResponse>
{
    public override void Configure()
    {
        Get("docs/diagrams/{diagramId}/revisions/{number}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a revision of a diagram");
    }

    public override async Task HandleAsync(GetDiagramRevisionRequest req, CancellationToken ct) =>
        await Send.OkAsync((await DiagramRevisionLookup.FindAsync(db, org.Id, req.DiagramId, req.Number, ct)).ToContent(), ct);
}

internal static class DiagramRevisionLookup
{
    /// <summary>The revision, or 404 when the diagram is not in the organisation or has no revision of that number.</summary>
    public static async Task<DiagramRevision> FindAsync(ClientStorDbContext db, Guid orgId, Guid diagramId, int number, CancellationToken ct) =>
        await db.DiagramRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.OrgId == orgId && r.DiagramId == diagramId && r.Number == number, ct)
        ?? throw new NotFoundException($"The diagram has no revision {number}.");
}

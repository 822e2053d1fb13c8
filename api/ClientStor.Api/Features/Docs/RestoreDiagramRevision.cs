using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

public sealed class RestoreDiagramRevisionRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>
/// Makes an earlier revision's name, XML and preview current again by writing them as a new revision (history is never
/// rewritten). Honours <c>If-Match</c> like an edit.
/// </summary>
public sealed class RestoreDiagramRevisionEndpoint(ClientStorDbContext db, DiagramWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<RestoreDiagramRevisionRequest, DiagramResponse>
{
    public override void Configure()
    {
        Post("docs/diagrams/{diagramId}/revisions/{number}/restore");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Restore a revision of a diagram");
        Description(b => b.WithMetadata(new ProblemResponses(409)).WithMetadata(HonoursIfMatch.Instance));
    }

    public override async Task HandleAsync(RestoreDiagramRevisionRequest req, CancellationToken ct)
    {
        var diagram = await db.Diagrams.FindInOrgAsync(org.Id, req.DiagramId, ct);
        HttpContext.CheckIfMatch(diagram);
        var old = await DiagramRevisionLookup.FindAsync(db, org.Id, req.DiagramId, req.Number, ct);
        var revision = await writer.ReviseAsync(diagram, old.Name, old.Xml, old.Svg, $"Restored revision {old.Number}", await writer.CallerAsync(ct), ct,
                restoredFrom: old.Number, strictAssets: false)
            ?? throw new ConflictException($"The diagram already is revision {old.Number}.");
        await changes.UpdatedAsync(diagram, ct, action: "restored", details: new { revision = revision.Number, restoredFrom = old.Number }, always: true);
        await Send.ResourceAsync(await writer.ResponseAsync(diagram, ct), ct);
    }
}

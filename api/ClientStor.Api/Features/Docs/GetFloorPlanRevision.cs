namespace ClientStor.Api.Features.Docs;

public sealed class FloorPlanRevisionRequest
{
    [RouteParam] public Guid FloorPlanId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>One revision of a floor plan: its drawing's facts, rooms and pins (its drawing: <c>…/revisions/{number}/drawing</c>).</summary>
public sealed class GetFloorPlanRevisionEndpoint(ClientStorDbContext db, FloorPlanWriter writer, CurrentOrg org)
    : Endpoint<FloorPlanRevisionRequest, FloorPlanRevisionContentResponse>
{
    public override void Configure()
    {
        Get("docs/floor-plans/{floorPlanId}/revisions/{number}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a revision of a floor plan");
    }

    public override async Task HandleAsync(FloorPlanRevisionRequest req, CancellationToken ct)
    {
        var revision = await FloorPlanRevisions.FindAsync(db, org.Id, req.FloorPlanId, req.Number, ct);
        await Send.OkAsync(revision.ToContent(revision.ToDrawing(), await writer.PinResponsesAsync(org.Id, revision.Pins, ct)), ct);
    }
}

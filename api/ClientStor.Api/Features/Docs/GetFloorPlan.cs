namespace ClientStor.Api.Features.Docs;

public sealed class FloorPlanRequest
{
    [RouteParam] public Guid FloorPlanId { get; set; }
}

/// <summary>A floor plan with its current drawing's facts, its rooms and its pins (the drawing itself: <c>…/drawing</c>).</summary>
public sealed class GetFloorPlanEndpoint(ClientStorDbContext db, FloorPlanWriter writer, CurrentOrg org) : Endpoint<FloorPlanRequest, FloorPlanResponse>
{
    public override void Configure()
    {
        Get("docs/floor-plans/{floorPlanId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a floor plan");
    }

    public override async Task HandleAsync(FloorPlanRequest req, CancellationToken ct)
    {
        var plan = await db.FloorPlans.AsNoTracking().Include(p => p.Pins).FindInOrgAsync(org.Id, req.FloorPlanId, ct);
        await Send.ResourceAsync(await writer.ResponseAsync(plan, ct), ct);
    }
}

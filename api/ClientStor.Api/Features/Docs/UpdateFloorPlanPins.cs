using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Replaces the pins (the whole list) and writes a new revision; every asset, rack and port must be the organisation's
/// (400 naming the pin, <c>pins[i].assetId</c>). Honours <c>If-Match</c>; a plan without a drawing has nothing to pin on (409).
/// </summary>
public sealed class UpdateFloorPlanPinsEndpoint(FloorPlanWriter writer, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateFloorPlanPinsRequest, FloorPlanResponse>
{
    public override void Configure()
    {
        Put("docs/floor-plans/{floorPlanId}/pins");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Replace a floor plan's pins");
        Description(b => b.WithMetadata(new ProblemResponses(409), HonoursIfMatch.Instance));
    }

    public override async Task HandleAsync(UpdateFloorPlanPinsRequest req, CancellationToken ct)
    {
        var plan = await writer.FindAsync(org.Id, req.FloorPlanId, ct);
        HttpContext.CheckIfMatch(plan);
        var pins = await writer.CheckPinsAsync(org.Id, req.Pins!, strict: true, ct);
        var drawing = await writer.CurrentRevisionAsync(plan, ct) ?? throw new ConflictException("Upload the floor plan's drawing before pinning items on it.");
        var before = plan.Pins.Count;
        var revision = writer.Stage(plan, drawing, pins, req.Summary ?? "Pins changed", await writer.CallerAsync(ct));
        await changes.UpdatedAsync(plan, ct, action: "pins_changed", always: true, details: new { revision = revision.Number, pinsBefore = before, pinsAfter = pins.Count });
        await Send.ResourceAsync(await writer.ResponseAsync(plan, ct), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Makes an earlier revision's drawing, rooms and pins current again by writing them as a new revision (history is never
/// rewritten); pins of items deleted since drop out. Honours <c>If-Match</c> like an edit.
/// </summary>
public sealed class RestoreFloorPlanRevisionEndpoint(ClientStorDbContext db, FloorPlanWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<FloorPlanRevisionRequest, FloorPlanResponse>
{
    public override void Configure()
    {
        Post("docs/floor-plans/{floorPlanId}/revisions/{number}/restore");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Restore a revision of a floor plan");
        Description(b => b.WithMetadata(new ProblemResponses(409)).WithMetadata(HonoursIfMatch.Instance));
    }

    public override async Task HandleAsync(FloorPlanRevisionRequest req, CancellationToken ct)
    {
        var plan = await writer.FindAsync(org.Id, req.FloorPlanId, ct);
        HttpContext.CheckIfMatch(plan);
        var old = await FloorPlanRevisions.FindAsync(db, org.Id, req.FloorPlanId, req.Number, ct);
        if (old.Number == plan.Revision)
            throw new ConflictException($"The floor plan already is revision {old.Number}.");
        var pins = await writer.CheckPinsAsync(org.Id, old.Pins, strict: false, ct);
        var revision = writer.Stage(plan, old, pins, $"Restored revision {old.Number}", await writer.CallerAsync(ct), restoredFrom: old.Number);
        await changes.UpdatedAsync(plan, ct, action: "restored", always: true, details: new { revision = revision.Number, restoredFrom = old.Number });
        await Send.ResourceAsync(await writer.ResponseAsync(plan, ct), ct);
    }
}

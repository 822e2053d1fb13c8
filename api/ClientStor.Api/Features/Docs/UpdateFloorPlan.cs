using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

/// <summary>Changes a floor plan's name, location, level or description (<c>If-Match</c>: a stale etag answers 412). No revision: those record drawings and pins.</summary>
public sealed class UpdateFloorPlanEndpoint(FloorPlanWriter writer, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateFloorPlanRequest, FloorPlanResponse>
{
    public override void Configure()
    {
        Patch("docs/floor-plans/{floorPlanId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Update a floor plan");
    }

    public override async Task HandleAsync(UpdateFloorPlanRequest req, CancellationToken ct)
    {
        var plan = await writer.FindAsync(org.Id, req.FloorPlanId, ct);
        HttpContext.CheckIfMatch(plan);
        if (req.Name is not null) plan.Name = req.Name.Trim();
        if (req.LocationId is not null) plan.LocationId = req.LocationId;
        if (req.ClearLocation == true) plan.LocationId = null;
        if (req.Level is not null) plan.Level = CreateFloorPlanEndpoint.Blank(req.Level);
        if (req.Description is not null) plan.Description = CreateFloorPlanEndpoint.Blank(req.Description);
        if (changes.HasChanges(plan))
            plan.UpdatedById = (await writer.CallerAsync(ct)).Id;
        await changes.UpdatedAsync(plan, ct);
        await Send.ResourceAsync(await writer.ResponseAsync(plan, ct), ct);
    }
}

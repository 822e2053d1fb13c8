namespace ClientStor.Api.Features.Docs;

/// <summary>Creates a floor plan: a name, its location and level. It has no drawing (and no revision) until one is uploaded to <c>…/drawing</c>.</summary>
public sealed class CreateFloorPlanEndpoint(FloorPlanWriter writer, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateFloorPlanRequest, FloorPlanResponse>
{
    public override void Configure()
    {
        Post("docs/floor-plans");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Create a floor plan");
        Description(b => b.Produces<FloorPlanResponse>(201));
    }

    public override async Task HandleAsync(CreateFloorPlanRequest req, CancellationToken ct)
    {
        var author = await writer.CallerAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var plan = new FloorPlan
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = req.Name!.Trim(), LocationId = req.LocationId, Level = Blank(req.Level), Description = Blank(req.Description),
            CreatedById = author.Id, UpdatedById = author.Id, CreatedAt = now, UpdatedAt = now,
        };
        await changes.CreatedAsync(plan, ct);
        await Send.CreatedAsync(plan.Id, await writer.ResponseAsync(plan, ct), ct);
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

namespace ClientStor.Api.Features.Docs;

public sealed class DeleteFloorPlanRequest
{
    [RouteParam] public Guid FloorPlanId { get; set; }
}

/// <summary>Deletes a floor plan with its revisions, pins and files (the audit row keeps its name).</summary>
public sealed class DeleteFloorPlanEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteFloorPlanRequest>
{
    public override void Configure()
    {
        Delete("docs/floor-plans/{floorPlanId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Delete a floor plan");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteFloorPlanRequest req, CancellationToken ct)
    {
        await changes.DeleteInOrgAsync(db.FloorPlans, org.Id, req.FloorPlanId, ct);
        await Send.NoContentAsync(ct);
    }
}

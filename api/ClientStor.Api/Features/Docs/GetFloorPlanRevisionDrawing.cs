using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Docs;

/// <summary>The drawing of one revision of a floor plan, answered like the current one's.</summary>
public sealed class GetFloorPlanRevisionDrawingEndpoint(ClientStorDbContext db, FileDownloads downloads, CurrentOrg org) : Endpoint<FloorPlanRevisionRequest>
{
    public override void Configure()
    {
        Get("docs/floor-plans/{floorPlanId}/revisions/{number}/drawing");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get the drawing of a revision of a floor plan");
        Description(b => b.WithMetadata(new FileDownloadResponse("image/*"), new ProblemResponses(416)));
    }

    public override async Task HandleAsync(FloorPlanRevisionRequest req, CancellationToken ct) =>
        await FloorPlanFiles.SendDisplayAsync(downloads, HttpContext, await FloorPlanFiles.FindAsync(db, org.Id, req.FloorPlanId, req.Number, original: false, ct), ct);
}

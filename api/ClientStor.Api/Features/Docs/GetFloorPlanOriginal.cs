using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Docs;

/// <summary>The current drawing's file as it was uploaded (the PDF, the MagicPlan export…), as a download.</summary>
public sealed class GetFloorPlanOriginalEndpoint(ClientStorDbContext db, FileDownloads downloads, CurrentOrg org) : Endpoint<FloorPlanRequest>
{
    public override void Configure()
    {
        Get("docs/floor-plans/{floorPlanId}/drawing/original");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Download a floor plan's uploaded file");
        Description(b => b.WithMetadata(new FileDownloadResponse(), new ProblemResponses(416)));
    }

    public override async Task HandleAsync(FloorPlanRequest req, CancellationToken ct)
    {
        var (revision, file) = await FloorPlanFiles.FindAsync(db, org.Id, req.FloorPlanId, null, original: true, ct);
        await downloads.SendAsync(HttpContext, file, revision.OriginalFileName, ct);
    }
}

using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// The current drawing as an image (PNG, JPEG, WebP, GIF or SVG). Show it only through <c>&lt;img&gt;</c> (where nothing in
/// an SVG runs); the response forbids sniffing and, should it be opened as a document, scripts and every fetch (CSP sandbox).
/// </summary>
public sealed class GetFloorPlanDrawingEndpoint(ClientStorDbContext db, FloorPlanWriter writer, FileDownloads downloads, CurrentOrg org) : Endpoint<FloorPlanRequest>
{
    public override void Configure()
    {
        Get("docs/floor-plans/{floorPlanId}/drawing");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a floor plan's drawing");
        Description(b => b.WithMetadata(new FileDownloadResponse("image/*"), new ProblemResponses(416)));
    }

    public override async Task HandleAsync(FloorPlanRequest req, CancellationToken ct)
    {
        var plan = await db.FloorPlans.AsNoTracking().FindInOrgAsync(org.Id, req.FloorPlanId, ct);
        var revision = await writer.CurrentRevisionAsync(plan, ct) ?? throw new NotFoundException("The floor plan's drawing");
        await FloorPlanFiles.SendDisplayAsync(db, downloads, HttpContext, revision, ct);
    }
}

internal static class FloorPlanFiles
{
    public static async Task SendDisplayAsync(ClientStorDbContext db, FileDownloads downloads, HttpContext http, FloorPlanRevision revision, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstAsync(f => f.Id == revision.DisplayFileId, ct);
        var extension = revision.DisplayType switch { "image/svg+xml" => ".svg", "image/png" => ".png", "image/jpeg" => ".jpg", "image/gif" => ".gif", _ => ".webp" };
        // The display of a MagicPlan export is drawn SVG, of a PDF a PNG: the stored type may say text/plain for an SVG upload.
        file.ContentType = revision.DisplayType;
        await downloads.SendAsync(http, file, $"floor-plan-{revision.FloorPlanId}-{revision.Number}{extension}", ct, inline: true);
    }

    public static async Task SendOriginalAsync(ClientStorDbContext db, FileDownloads downloads, HttpContext http, FloorPlanRevision revision, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstAsync(f => f.Id == revision.OriginalFileId, ct);
        await downloads.SendAsync(http, file, revision.OriginalFileName, ct);
    }
}

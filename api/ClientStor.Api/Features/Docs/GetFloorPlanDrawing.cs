using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// The current drawing as an image (PNG, JPEG, WebP, GIF or SVG). Show it only through <c>&lt;img&gt;</c> (where nothing in
/// an SVG runs); the response forbids sniffing and, should it be opened as a document, scripts and every fetch (CSP sandbox).
/// </summary>
public sealed class GetFloorPlanDrawingEndpoint(ClientStorDbContext db, FileDownloads downloads, CurrentOrg org) : Endpoint<FloorPlanRequest>
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
        await FloorPlanFiles.SendDisplayAsync(downloads, HttpContext, await FloorPlanFiles.FindAsync(db, org.Id, req.FloorPlanId, null, original: false, ct), ct);
    }
}

internal static class FloorPlanFiles
{
    /// <summary>
    /// Revision <paramref name="number"/> (the current one when null) of the organisation's plan with its displayed drawing
    /// or its uploaded original, in one statement; 404 when the plan, the revision or a drawing is not there.
    /// </summary>
    public static async Task<(FloorPlanRevision Revision, StoredFile File)> FindAsync(ClientStorDbContext db, Guid orgId, Guid planId, int? number, bool original,
        CancellationToken ct)
    {
        var revisions = db.FloorPlanRevisions.AsNoTracking().Where(r => r.OrgId == orgId && r.FloorPlanId == planId);
        var plans = db.FloorPlans.AsNoTracking();
        revisions = number is { } n
            ? revisions.Where(r => r.Number == n)
            : revisions.Where(r => plans.Any(p => p.Id == planId && p.OrgId == orgId && p.Revision == r.Number));
        var files = db.Set<StoredFile>().AsNoTracking();
        var rows = original
            ? revisions.Join(files, r => r.OriginalFileId, f => f.Id, (r, f) => new { Revision = r, File = f })
            : revisions.Join(files, r => r.DisplayFileId, f => f.Id, (r, f) => new { Revision = r, File = f });
        var row = await rows.FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(number is { } k ? $"The floor plan has no revision {k}." : "The floor plan's drawing");
        return (row.Revision, row.File);
    }

    public static Task SendDisplayAsync(FileDownloads downloads, HttpContext http, (FloorPlanRevision Revision, StoredFile File) found, CancellationToken ct)
    {
        var (revision, file) = found;
        var extension = revision.DisplayType switch { "image/svg+xml" => ".svg", "image/png" => ".png", "image/jpeg" => ".jpg", "image/gif" => ".gif", _ => ".webp" };
        // The display of a MagicPlan export is drawn SVG, of a PDF a PNG: the revision says what the stored file shows.
        file.ContentType = revision.DisplayType;
        return downloads.SendAsync(http, file, $"floor-plan-{revision.FloorPlanId}-{revision.Number}{extension}", ct, inline: true);
    }
}

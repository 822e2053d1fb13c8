using ClientStor.Api.Platform.Files;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.Uploads;

namespace ClientStor.Api.Features.Docs;

public sealed class ReplaceFloorPlanDrawingRequest
{
    [RouteParam] public Guid FloorPlanId { get; set; }
    /// <summary>The file's name with its extension: .png, .jpg, .jpeg, .gif, .webp, .svg, .pdf, or a MagicPlan export (.xml, .zip).</summary>
    [QueryParam] public string? FileName { get; set; }
    /// <summary>What changed, for the revision history.</summary>
    [QueryParam] public string? Summary { get; set; }
    /// <summary>Of a MagicPlan export with several floors: which one (1 = the first, the default).</summary>
    [QueryParam] public int? Floor { get; set; }
}

internal sealed class ReplaceFloorPlanDrawingValidator : Validator<ReplaceFloorPlanDrawingRequest>
{
    public ReplaceFloorPlanDrawingValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().WithMessage("fileName is required (the file's name with its extension).")
            .MaximumLength(255).WithMessage("fileName must be at most 255 characters.")
            .Must(n => n is null || (Path.GetFileName(n) == n && !n.Any(char.IsControl))).WithMessage("fileName must be a name, not a path.")
            .Must(n => n is null || FloorPlanDrawings.Extensions.Contains(Path.GetExtension(n).ToLowerInvariant()))
            .WithMessage("A floor plan is a PNG, JPEG, WebP, GIF, SVG or PDF file, or a MagicPlan export (.xml or .zip).");
        RuleFor(x => x.Summary).MaximumLength(500).WithMessage("A summary is at most 500 characters.");
        RuleFor(x => x.Floor).InclusiveBetween(1, 100).WithMessage("floor is the floor's place in the export, from 1.");
    }
}

/// <summary>
/// Uploads a new drawing (the request body is the file, streamed like an attachment): an image, an SVG, a PDF (its first
/// page is rendered to PNG) or a MagicPlan export (its rooms are read and the floor drawn as SVG). The upload guard checks
/// it first and refuses with 413 (size, quota), 422 (content) or 503 (scanner unavailable); a drawing that cannot be used
/// answers 422. Writes a new revision that keeps the pins (their positions are fractions of the drawing). Honours
/// <c>If-Match</c>.
/// </summary>
public sealed class ReplaceFloorPlanDrawingEndpoint(FloorPlanWriter writer, FloorPlanDrawings drawings, FileUploads uploads, CurrentOrg org)
    : Endpoint<ReplaceFloorPlanDrawingRequest, FloorPlanResponse>
{
    public override void Configure()
    {
        Put("docs/floor-plans/{floorPlanId}/drawing");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Upload a floor plan's drawing");
        // No Accepts(...) metadata: routing would answer 415 before authorization; any type is taken and the bytes checked.
        Description(b => b.WithMetadata(FileUploadBody.Instance, new ProblemResponses(413, 422), HonoursIfMatch.Instance));
    }

    public override async Task HandleAsync(ReplaceFloorPlanDrawingRequest req, CancellationToken ct)
    {
        var plan = await writer.FindAsync(org.Id, req.FloorPlanId, ct);
        HttpContext.CheckIfMatch(plan);
        var (upload, verdict) = await uploads.ReceiveAsync(HttpContext, org.Id, req.FileName!, ct);
        if (upload is null)
        {
            await Send.ResultAsync(verdict.ToProblem());
            return;
        }
        await using (upload)
        {
            FloorPlanDrawing drawing;
            try
            {
                drawing = await drawings.ReadAsync(upload.Content, req.FileName!, verdict.DetectedType!, req.Floor, ct);
            }
            catch (FloorPlanDrawingException e)
            {
                await Send.ResultAsync(Problems.Result(Problems.Build(e.Status, "floor-plan-drawing", "The drawing cannot be used.", e.Message)));
                return;
            }
            upload.Content.Position = 0;
            var originalType = verdict.ContentType!;
            var revision = await writer.ReplaceDrawingAsync(plan, upload.Content, upload.Sha256, originalType, req.FileName!, drawing, req.Summary,
                await writer.CallerAsync(ct), ct);
            if (revision is null)
            {
                await Send.ResultAsync(new UploadVerdict(UploadRefusals.QuotaExceeded, "The organisation's upload quota would be exceeded by this drawing.", null).ToProblem());
                return;
            }
            await Send.ResourceAsync(await writer.ResponseAsync(plan, ct), ct);
        }
    }
}

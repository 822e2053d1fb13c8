using System.Text;

namespace ClientStor.Api.Features.Assets;

public sealed class ImportAssetsRequest
{
    /// <summary>Validate and report only; nothing is written.</summary>
    [QueryParam] public bool? DryRun { get; set; }
    /// <summary><c>all</c> (default): nothing is written unless every row is valid. <c>partial</c>: valid rows are written, invalid ones reported.</summary>
    [OneOf("ImportMode", "all", "partial")] [QueryParam] public string? Mode { get; set; }
}

internal sealed class ImportAssetsValidator : Validator<ImportAssetsRequest>
{
    public ImportAssetsValidator() => RuleFor(x => x.Mode).Must(m => m is null or "all" or "partial").WithMessage("mode must be 'all' or 'partial'.");
}

public sealed class ImportRowError
{
    /// <summary>Line in the file (the header is line 1).</summary>
    public required int Line { get; set; }
    public required string Field { get; set; }
    public required string Message { get; set; }
}

public sealed class ImportAssetsResponse
{
    public required bool DryRun { get; set; }
    public required string Mode { get; set; }
    public required int Rows { get; set; }
    public required int Created { get; set; }
    public required int Updated { get; set; }
    public required int Unchanged { get; set; }
    /// <summary>Rows not written (invalid); in <c>all</c> mode any error means nothing was written.</summary>
    public required int Rejected { get; set; }
    public required bool Written { get; set; }
    public required IReadOnlyList<ImportRowError> Errors { get; set; }
}

/// <summary>
/// Imports assets from CSV (the export's columns; <c>type</c> and <c>name</c> required, others optional). Rows match
/// existing assets by serial, then by name (case-insensitive), so re-importing the same file changes nothing.
/// Locations and contacts are referenced by name and email. Send <c>Content-Type: text/csv</c>; up to 10 MB. Every row
/// goes through the same writer (rules and audit record) as the API.
/// </summary>
public sealed class ImportAssetsEndpoint(ClientStorDbContext db, AssetImport import, AuditedChanges changes, CurrentOrg org)
    : Endpoint<ImportAssetsRequest, ImportAssetsResponse>
{
    private const int MaxBytes = 10 * 1024 * 1024;

    public override void Configure()
    {
        Post("assets/import.csv");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Import assets from CSV (dry run or write)");
        // No Accepts("text/csv") metadata: routing would answer 415 before authorization; the handler checks the type.
        Description(b => b.WithMetadata(new ProblemResponses(413, 415), new Platform.Security.RequestBodyLimit(MaxBytes)));
    }

    public override async Task HandleAsync(ImportAssetsRequest req, CancellationToken ct)
    {
        if (HttpContext.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            await Send.ResultAsync(Problems.Result(Problems.Build(415, "unsupported-media-type", "Unsupported media type.", "Send the file with Content-Type: text/csv.")));
            return;
        }
        using var reader = new StreamReader(HttpContext.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var plan = await import.PlanAsync(org.Id, new StringReader(text), ct);
        if (plan.HeaderError is not null)
            throw new FieldErrorsException("file", plan.HeaderError);
        var mode = req.Mode ?? "all";
        var dryRun = req.DryRun == true;
        var write = !dryRun && (mode == "partial" || plan.Errors.Count == 0) && plan.Changes.Count > 0;
        var rejected = plan.Errors.Select(e => e.Line).Distinct().Count();
        var created = plan.Changes.Count(c => c.IsNew);
        if (write)
        {
            var rows = plan.Changes.Select(c => c.Row).ToList();
            rows.Add(new AuditEntry(AuditCategories.Organisation, "asset.imported")
            {
                OrgId = org.Id, TargetType = "asset",
                Details = new { source = AssetSources.Csv, mode, rows = plan.Rows, created, updated = plan.Changes.Count - created, rejected },
            });
            await changes.SaveAsync(rows, ct);
        }
        else
            db.ChangeTracker.Clear();
        await Send.OkAsync(new ImportAssetsResponse
        {
            DryRun = dryRun, Mode = mode, Rows = plan.Rows, Created = created, Updated = plan.Changes.Count - created,
            Unchanged = plan.Unchanged, Rejected = rejected, Written = write, Errors = plan.Errors,
        }, ct);
    }
}

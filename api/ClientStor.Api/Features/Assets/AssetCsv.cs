using System.Globalization;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Assets;

/// <summary>The CSV layout shared by export and import: fixed columns, then <c>cf:&lt;key&gt;</c> per custom field.</summary>
internal static class AssetCsvColumns
{
    public static readonly string[] Fixed =
    [
        "id", "type", "name", "serial", "manufacturer", "model", "status", "location", "contact_email", "purchase_date", "warranty_expires",
        "tags", "mac_addresses", "notes", "created_at", "updated_at",
    ];

    public const string CustomPrefix = "cf:";

    public static async Task<List<string>> CustomKeysAsync(ClientStorDbContext db, Guid orgId, CancellationToken ct) =>
        (await db.CustomAssetTypes.AsNoTracking().Where(t => t.OrgId == orgId).ToListAsync(ct))
            .SelectMany(t => t.Fields.Select(f => f.Key)).Distinct().Order(StringComparer.Ordinal).ToList();
}

public sealed class ExportAssetsRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [QueryParam] public string? Q { get; set; }
    [QueryParam] public string? Type { get; set; }
    [QueryParam] public string? Status { get; set; }
    [QueryParam] public Guid? LocationId { get; set; }
    [QueryParam] public string? Tag { get; set; }
    [QueryParam] public DateOnly? WarrantyBefore { get; set; }
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

/// <summary>All of the organisation's assets (optionally filtered like the list) as CSV, streamed row by row.</summary>
public sealed class ExportAssetsEndpoint(ClientStorDbContext db) : Endpoint<ExportAssetsRequest>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/assets/export.csv");
        this.RequireOrgPermission("assets.read");
        Tags("Assets");
        Summary(s => s.Summary = "Export assets as CSV");
        Description(b => b.Produces(200, typeof(string), "text/csv"));
    }

    public override async Task HandleAsync(ExportAssetsRequest req, CancellationToken ct)
    {
        var keys = await AssetCsvColumns.CustomKeysAsync(db, req.OrgId, ct);
        var locations = await db.Locations.AsNoTracking().Where(l => l.OrgId == req.OrgId).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OrgId == req.OrgId).ToDictionaryAsync(c => c.Id, c => c.Email ?? c.Name, ct);
        var filter = new ListAssetsRequest
        {
            OrgId = req.OrgId, Q = req.Q, Type = req.Type, Status = req.Status, LocationId = req.LocationId, Tag = req.Tag,
            WarrantyBefore = req.WarrantyBefore, UpdatedSince = req.UpdatedSince,
        };
        var rows = AssetQuery.Filter(db.Assets.AsNoTracking().Where(a => a.OrgId == req.OrgId), filter).OrderBy(a => a.Name).ThenBy(a => a.Id).AsAsyncEnumerable();
        HttpContext.Response.StatusCode = 200;
        HttpContext.Response.ContentType = "text/csv; charset=utf-8";
        HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"assets-{req.OrgId}.csv\"";
        await using var writer = new StreamWriter(HttpContext.Response.Body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', AssetCsvColumns.Fixed.Concat(keys.Select(k => AssetCsvColumns.CustomPrefix + k)).Select(Csv.Cell)));
        var n = 0;
        await foreach (var a in rows.WithCancellation(ct))
        {
            var custom = a.CustomFields?.RootElement;
            var cells = new List<string?>
            {
                a.Id.ToString(), a.Type, a.Name, a.Serial, a.Manufacturer, a.Model, a.Status,
                a.LocationId is { } l && locations.TryGetValue(l, out var ln) ? ln : null,
                a.ContactId is { } c && contacts.TryGetValue(c, out var cn) ? cn : null,
                a.PurchaseDate?.ToString("yyyy-MM-dd"), a.WarrantyExpires?.ToString("yyyy-MM-dd"),
                string.Join(';', a.Tags), string.Join(';', a.MacAddresses), a.Notes,
                a.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            };
            foreach (var key in keys)
                cells.Add(custom is { } obj && obj.TryGetProperty(key, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null);
            await writer.WriteLineAsync(string.Join(',', cells.Select(Csv.Cell)));
            if (++n % 1000 == 0)
                await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }
}

public sealed class ImportAssetsRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Validate and report only; nothing is written.</summary>
    [QueryParam] public bool? DryRun { get; set; }
    /// <summary><c>all</c> (default): nothing is written unless every row is valid. <c>partial</c>: valid rows are written, invalid ones reported.</summary>
    [QueryParam] public string? Mode { get; set; }
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
/// Locations and contacts are referenced by name and email. Send <c>Content-Type: text/csv</c>; up to 10 MB.
/// </summary>
public sealed class ImportAssetsEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<ImportAssetsRequest, ImportAssetsResponse>
{
    private const int MaxBytes = 10 * 1024 * 1024;

    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/assets/import.csv");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
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
        var plan = await AssetImport.PlanAsync(db, req.OrgId, new StringReader(text), ct);
        if (plan.HeaderError is not null)
        {
            await Send.ResultAsync(Problems.Validation("file", plan.HeaderError));
            return;
        }
        var mode = req.Mode ?? "all";
        var dryRun = req.DryRun == true;
        var write = !dryRun && (mode == "partial" || plan.Errors.Count == 0);
        var rejected = plan.Errors.Select(e => e.Line).Distinct().Count();
        if (write && plan.Changes.Count > 0)
        {
            var entries = new List<AuditEntry>();
            foreach (var change in plan.Changes)
            {
                if (change.IsNew) db.Assets.Add(change.Asset);
                else db.Assets.Update(change.Asset);
                entries.Add(new AuditEntry(AuditCategories.Organisation, change.IsNew ? "asset.created" : "asset.updated")
                {
                    OrgId = req.OrgId, TargetType = "asset", TargetId = change.Asset.Id.ToString(),
                    Details = new { source = "csv import", line = change.Line, before = change.Before, after = AssetResponse.Audited(change.Asset) },
                });
            }
            entries.Add(new AuditEntry(AuditCategories.Organisation, "asset.imported")
            {
                OrgId = req.OrgId, TargetType = "asset",
                Details = new { mode, rows = plan.Rows, created = plan.Changes.Count(c => c.IsNew), updated = plan.Changes.Count(c => !c.IsNew), rejected },
            });
            await audit.SaveAsync(entries, ct);
        }
        await Send.OkAsync(new ImportAssetsResponse
        {
            DryRun = dryRun, Mode = mode, Rows = plan.Rows, Created = plan.Changes.Count(c => c.IsNew), Updated = plan.Changes.Count(c => !c.IsNew),
            Unchanged = plan.Unchanged, Rejected = rejected, Written = write && plan.Changes.Count > 0, Errors = plan.Errors,
        }, ct);
    }
}

internal static class AssetImport
{
    public sealed record Change(Asset Asset, bool IsNew, int Line, object? Before);

    public sealed class Plan
    {
        public string? HeaderError { get; set; }
        public int Rows { get; set; }
        public int Unchanged { get; set; }
        public List<Change> Changes { get; } = [];
        public List<ImportRowError> Errors { get; } = [];
    }

    public static async Task<Plan> PlanAsync(ClientStorDbContext db, Guid orgId, TextReader reader, CancellationToken ct)
    {
        var plan = new Plan();
        var header = Csv.ReadRecord(reader);
        if (header is null || !header.Contains("type") || !header.Contains("name"))
        {
            plan.HeaderError = "The first line must be a header with at least the columns 'type' and 'name' (export a CSV to see every column).";
            return plan;
        }
        var unknown = header.Where(h => !AssetCsvColumns.Fixed.Contains(h) && !h.StartsWith(AssetCsvColumns.CustomPrefix, StringComparison.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            plan.HeaderError = $"Unknown column(s): {string.Join(", ", unknown)}.";
            return plan;
        }
        var existing = await db.Assets.AsNoTracking().Where(a => a.OrgId == orgId).ToListAsync(ct);
        var bySerial = existing.Where(a => a.Serial != null).GroupBy(a => a.Serial!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
        var byName = existing.GroupBy(a => a.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
        var customTypes = await db.CustomAssetTypes.AsNoTracking().Where(t => t.OrgId == orgId).ToDictionaryAsync(t => t.Key, ct);
        var locations = (await db.Locations.AsNoTracking().Where(l => l.OrgId == orgId).ToListAsync(ct)).GroupBy(l => l.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Id);
        var contacts = (await db.Contacts.AsNoTracking().Where(c => c.OrgId == orgId).ToListAsync(ct))
            .SelectMany(c => new[] { c.Email, c.Name }.Where(k => k != null).Select(k => (Key: k!.ToUpperInvariant(), c.Id))).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Id);
        var seen = new HashSet<Guid>();
        var line = 1;
        while (Csv.ReadRecord(reader) is { } record)
        {
            line++;
            if (record.All(string.IsNullOrWhiteSpace))
                continue;
            plan.Rows++;
            var errors = new List<ImportRowError>();
            string? Get(string column) => header.IndexOf(column) is var i and >= 0 && i < record.Count && !string.IsNullOrWhiteSpace(record[i]) ? record[i].Trim() : null;
            void Fail(string field, string message) => errors.Add(new ImportRowError { Line = line, Field = field, Message = message });

            var type = Get("type");
            var name = Get("name");
            if (type is null) Fail("type", "The type is required.");
            else if (!AssetTypes.BuiltIn.Contains(type) && !customTypes.ContainsKey(type)) Fail("type", $"'{type}' is not a built-in or custom asset type.");
            if (name is null) Fail("name", "The name is required.");
            else if (name.Length > 200) Fail("name", "The name is longer than 200 characters.");
            var serial = Get("serial");
            var status = Get("status");
            if (status is not null && !AssetTypes.Statuses.Contains(status)) Fail("status", $"'{status}' is not a status ({string.Join(", ", AssetTypes.Statuses)}).");
            DateOnly? Date(string column)
            {
                if (Get(column) is not { } v) return null;
                if (DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d)) return d;
                Fail(column, $"'{v}' is not a date (YYYY-MM-DD).");
                return null;
            }
            var purchase = Date("purchase_date");
            var warranty = Date("warranty_expires");
            Guid? locationId = null;
            if (Get("location") is { } loc)
            {
                if (locations.TryGetValue(loc.ToUpperInvariant(), out var lid)) locationId = lid;
                else Fail("location", $"No location named '{loc}'.");
            }
            Guid? contactId = null;
            if (Get("contact_email") is { } who)
            {
                if (contacts.TryGetValue(who.ToUpperInvariant(), out var cid)) contactId = cid;
                else Fail("contact_email", $"No contact '{who}'.");
            }
            var macs = (Get("mac_addresses") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var badMac = macs.FirstOrDefault(m => AssetTypes.NormalizeMac(m) is null);
            if (badMac is not null) Fail("mac_addresses", $"'{badMac}' is not a MAC address.");
            var tags = (Get("tags") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Order().ToList();
            var customValues = header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith(AssetCsvColumns.CustomPrefix, StringComparison.Ordinal) && x.i < record.Count && record[x.i].Trim().Length > 0)
                .ToDictionary(x => x.h[AssetCsvColumns.CustomPrefix.Length..], x => JsonSerializer.SerializeToElement(record[x.i].Trim()));
            Dictionary<string, object?> normalized = [];
            if (type is not null && customTypes.TryGetValue(type, out var custom))
                foreach (var (field, message) in AssetTypes.Validate(custom.Fields, customValues, out normalized))
                    Fail(field.Replace("customFields.", AssetCsvColumns.CustomPrefix), message);
            else if (customValues.Count > 0 && type is not null && AssetTypes.BuiltIn.Contains(type))
                Fail("cf:", "Built-in asset types have no custom fields.");
            if (errors.Count > 0)
            {
                plan.Errors.AddRange(errors);
                continue;
            }

            var match = serial is not null && bySerial.TryGetValue(serial.ToUpperInvariant(), out var s) ? s
                : byName.TryGetValue(name!.ToUpperInvariant(), out var n) ? n : null;
            if (match is not null && !seen.Add(match.Id))
            {
                plan.Errors.Add(new ImportRowError { Line = line, Field = serial is null ? "name" : "serial", Message = "Another row of this file already matched the same asset." });
                continue;
            }
            var now = DateTimeOffset.UtcNow;
            var asset = match ?? new Asset { Id = Guid.CreateVersion7(), OrgId = orgId, CreatedAt = now };
            var before = match is null ? null : JsonSerializer.Serialize(AssetResponse.Audited(match));
            var notesBefore = match?.Notes;
            asset.Type = type!;
            asset.Name = name!;
            asset.Serial = serial;
            asset.Manufacturer = Get("manufacturer");
            asset.Model = Get("model");
            asset.Status = status ?? asset.Status;
            asset.LocationId = locationId;
            asset.ContactId = contactId;
            asset.PurchaseDate = purchase;
            asset.WarrantyExpires = warranty;
            asset.Tags = tags;
            asset.MacAddresses = macs.Select(m => AssetTypes.NormalizeMac(m)!).Distinct().ToList();
            asset.Notes = Get("notes");
            asset.CustomFields = normalized.Count == 0 ? null : JsonDocument.Parse(JsonSerializer.Serialize(normalized));
            if (before is not null && before == JsonSerializer.Serialize(AssetResponse.Audited(asset)) && asset.Notes == notesBefore)
            {
                plan.Unchanged++;
                continue;
            }
            asset.UpdatedAt = now;
            plan.Changes.Add(new Change(asset, match is null, line, before is null ? null : JsonDocument.Parse(before).RootElement));
        }
        return plan;
    }
}

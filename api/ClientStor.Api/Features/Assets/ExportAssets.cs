using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Contacts;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

public sealed class ExportAssetsRequest : IAssetFilter
{
    [QueryParam] public string? Q { get; set; }
    [QueryParam] public string? Type { get; set; }
    [OneOf("AssetStatus", typeof(AssetTypes), nameof(AssetTypes.Statuses))] [QueryParam] public string? Status { get; set; }
    [QueryParam] public Guid? LocationId { get; set; }
    [QueryParam] public string? Tag { get; set; }
    [QueryParam] public DateOnly? WarrantyBefore { get; set; }
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

/// <summary>All of the organisation's assets (optionally filtered like the list) as CSV, streamed row by row.</summary>
public sealed class ExportAssetsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ExportAssetsRequest>
{
    public override void Configure()
    {
        Get("assets/export.csv");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "Export assets as CSV");
        Description(b => b.Produces(200, typeof(string), "text/csv"));
    }

    public override async Task HandleAsync(ExportAssetsRequest req, CancellationToken ct)
    {
        await AssetQuery.CheckTypeAsync(db, org.Id, req.Type, ct);
        var keys = await AssetCsvColumns.CustomKeysAsync(db, org.Id, ct);
        var locations = await db.Locations.AsNoTracking().Where(l => l.OrgId == org.Id).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OrgId == org.Id).ToDictionaryAsync(c => c.Id, c => c.Email ?? c.Name, ct);
        var rows = AssetQuery.Filter(db.Assets.AsNoTracking().Where(a => a.OrgId == org.Id), req).OrderBy(a => a.Name).ThenBy(a => a.Id).AsAsyncEnumerable();
        HttpContext.Response.StatusCode = 200;
        HttpContext.Response.ContentType = "text/csv; charset=utf-8";
        HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"assets-{org.Id}.csv\"";
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

/// <summary>The CSV layout shared by export and import: fixed columns, then <c>cf:&lt;key&gt;</c> per custom field.</summary>
internal static class AssetCsvColumns
{
    public static readonly string[] Fixed =
    [
        "id", "type", "name", "serial", "manufacturer", "model", "status", "location", "contact_email", "purchase_date", "warranty_expires",
        "tags", "mac_addresses", "notes", "created_at", "updated_at",
    ];

    public const string CustomPrefix = "cf:";

    /// <summary>The API's field names as CSV columns, for the writer's errors.</summary>
    public static string ColumnOf(string field) => field switch
    {
        "locationId" => "location",
        "contactId" => "contact_email",
        "purchaseDate" => "purchase_date",
        "warrantyExpires" => "warranty_expires",
        "customFields" => CustomPrefix,
        _ when field.StartsWith("customFields.", StringComparison.Ordinal) => CustomPrefix + field["customFields.".Length..],
        _ when field.StartsWith("macAddresses", StringComparison.Ordinal) => "mac_addresses",
        _ when field.StartsWith("tags", StringComparison.Ordinal) => "tags",
        _ => field,
    };

    public static async Task<List<string>> CustomKeysAsync(ClientStorDbContext db, Guid orgId, CancellationToken ct) =>
        (await db.CustomAssetTypes.AsNoTracking().Where(t => t.OrgId == orgId).ToListAsync(ct))
            .SelectMany(t => t.Fields.Select(f => f.Key)).Distinct().Order(StringComparer.Ordinal).ToList();
}

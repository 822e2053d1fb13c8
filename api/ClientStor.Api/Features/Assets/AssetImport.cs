using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Contacts;
using System.Text.Json;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

/// <summary>
/// Reads an asset CSV into changes: columns parsed here (dates, location and contact names), everything else checked and
/// applied by <see cref="AssetWriter"/>. Each change comes with its staged audit row; nothing is saved here.
/// </summary>
public sealed class AssetImport(ClientStorDbContext db, AssetWriter writer)
{
    public sealed record Change(Asset Asset, bool IsNew, int Line, AuditEntry Row);

    public sealed class Plan
    {
        public string? HeaderError { get; set; }
        public int Rows { get; set; }
        public int Unchanged { get; set; }
        public List<Change> Changes { get; } = [];
        public List<ImportRowError> Errors { get; } = [];
    }

    public async Task<Plan> PlanAsync(Guid orgId, TextReader reader, CancellationToken ct)
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
        var existing = await db.Assets.Where(a => a.OrgId == orgId).ToListAsync(ct);
        var bySerial = existing.Where(a => a.Serial != null).GroupBy(a => a.Serial!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
        var byName = existing.GroupBy(a => a.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
        var locations = (await db.Locations.AsNoTracking().Where(l => l.OrgId == orgId).ToListAsync(ct))
            .GroupBy(l => l.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Id);
        var contacts = (await db.Contacts.AsNoTracking().Where(c => c.OrgId == orgId).ToListAsync(ct))
            .SelectMany(c => new[] { c.Email, c.Name }.Where(k => k != null).Select(k => (Key: k!.ToUpperInvariant(), c.Id))).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Id);
        writer.KnownReferences(locations.Values, contacts.Values);
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
            if (name is null) Fail("name", "The name is required.");
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
            var serial = Get("serial");
            var match = serial is not null && bySerial.TryGetValue(serial.ToUpperInvariant(), out var s) ? s
                : name is not null && byName.TryGetValue(name.ToUpperInvariant(), out var n) ? n : null;
            if (match is not null && errors.Count == 0 && !seen.Add(match.Id))
            {
                plan.Errors.Add(new ImportRowError { Line = line, Field = serial is null ? "name" : "serial", Message = "Another row of this file already matched the same asset." });
                continue;
            }
            // A row is the whole asset: an empty column empties the field.
            var patch = new AssetPatch
            {
                Type = type, Name = name, Serial = serial, Manufacturer = Get("manufacturer"), Model = Get("model"), Status = Get("status"),
                LocationId = locationId, ContactId = contactId, PurchaseDate = purchase, WarrantyExpires = warranty, Notes = Get("notes"),
                Tags = Split(Get("tags")), MacAddresses = Split(Get("mac_addresses")),
                CustomFields = header.Select((h, i) => (h, i))
                    .Where(x => x.h.StartsWith(AssetCsvColumns.CustomPrefix, StringComparison.Ordinal) && x.i < record.Count && record[x.i].Trim().Length > 0)
                    .ToDictionary(x => x.h[AssetCsvColumns.CustomPrefix.Length..], x => JsonSerializer.SerializeToElement(record[x.i].Trim())),
                ReplaceCustomFields = true,
                Clear = new[]
                {
                    ("serial", Get("serial")), ("manufacturer", Get("manufacturer")), ("model", Get("model")), ("notes", Get("notes")),
                    ("locationId", (object?)locationId), ("contactId", contactId), ("purchaseDate", purchase), ("warrantyExpires", warranty),
                }.Where(x => x.Item2 is null).Select(x => x.Item1).ToList(),
            };
            // A row with unreadable columns is still checked by the writer (on a scratch asset), so every error is reported at once.
            var asset = errors.Count > 0 ? AssetWriter.New(orgId) : match ?? AssetWriter.New(orgId);
            var rejected = await writer.TryApplyAsync(asset, patch, ct);
            errors.AddRange(rejected.Where(e => errors.All(x => x.Field != AssetCsvColumns.ColumnOf(e.Key)))
                .Select(e => new ImportRowError { Line = line, Field = AssetCsvColumns.ColumnOf(e.Key), Message = e.Value }));
            if (errors.Count > 0)
            {
                plan.Errors.AddRange(errors);
                continue;
            }
            if (match is null)
                plan.Changes.Add(new Change(asset, true, line, writer.StageCreated(asset, AssetSources.Csv, new { line })));
            else if (writer.StageUpdated(asset, AssetSources.Csv, new { line }) is { } row)
                plan.Changes.Add(new Change(asset, false, line, row));
            else
                plan.Unchanged++;
        }
        return plan;
    }

    private static List<string> Split(string? cell) =>
        (cell ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Order().ToList();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Locations;

namespace ClientStor.Api.Features.Assets;

/// <summary>Where an asset change came from; the audit row says it (<c>details.source</c>).</summary>
public static class AssetSources
{
    public const string Api = "api";
    public const string Csv = "csv";
    public const string Nmap = "nmap";
}

/// <summary>
/// The one way assets are created and changed — by the API, a CSV import or an nmap discovery alike: the same rules
/// (<see cref="AssetPatchValidator"/>, the type and its custom fields, location and contact in the organisation) and the
/// same audit record (<see cref="AuditedChanges"/>, with the source). Scoped: it remembers the organisation's custom
/// types and the references it has checked, so a bulk import asks the database once per type and reference.
/// </summary>
public sealed class AssetWriter(ClientStorDbContext db, AuditedChanges changes)
{
    private readonly Dictionary<(Guid, string), CustomAssetType?> customTypes = [];
    private readonly HashSet<Guid> knownLocations = [];
    private readonly HashSet<Guid> knownContacts = [];

    /// <summary>A new, empty asset of the organisation (not tracked until saved or staged).</summary>
    public static Asset New(Guid orgId)
    {
        var now = DateTimeOffset.UtcNow;
        return new Asset { Id = Guid.CreateVersion7(), OrgId = orgId, CreatedAt = now, UpdatedAt = now };
    }

    /// <summary>Creates an asset from the patch (name and type required) and saves it with its audit row.</summary>
    public async Task<Asset> CreateAsync(Guid orgId, AssetPatch patch, string source, CancellationToken ct)
    {
        var asset = New(orgId);
        FieldErrorsException.ThrowIfAny(await TryApplyAsync(asset, patch, ct));
        await changes.SaveAsync([changes.StageCreated(asset, source)], ct);
        return asset;
    }

    /// <summary>Applies the patch to a tracked asset and saves it with its audit row (nothing when nothing changed).</summary>
    public async Task UpdateAsync(Asset asset, AssetPatch patch, string source, CancellationToken ct)
    {
        FieldErrorsException.ThrowIfAny(await TryApplyAsync(asset, patch, ct));
        if (changes.StageUpdated(asset, source) is { } row)
            await changes.SaveAsync([row], ct);
    }

    /// <summary>The audit row of a new asset, the asset added to the context; for imports that save many at once.</summary>
    public AuditEntry StageCreated(Asset asset, string source, object? details = null) => changes.StageCreated(asset, source, details);

    /// <summary>The audit row of a changed asset, or null when the patch changed nothing.</summary>
    public AuditEntry? StageUpdated(Asset asset, string source, object? details = null) => changes.StageUpdated(asset, source, details);

    /// <summary>Lets a bulk import vouch for ids it resolved itself (by name) in the asset's organisation.</summary>
    public void KnownReferences(IEnumerable<Guid> locations, IEnumerable<Guid> contacts)
    {
        knownLocations.UnionWith(locations);
        knownContacts.UnionWith(contacts);
    }

    /// <summary>
    /// Checks the patch against the asset and its organisation and applies it; returns field errors (API field names →
    /// message), in which case the asset is left as it was.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> TryApplyAsync(Asset asset, AssetPatch patch, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        foreach (var failure in AssetPatchValidator.Instance.Validate(patch).Errors)
            errors.TryAdd(Problems.CamelCase(failure.PropertyName), failure.ErrorMessage);
        var isNew = db.Entry(asset).State == EntityState.Detached;
        if (isNew && string.IsNullOrWhiteSpace(patch.Name))
            errors["name"] = "Give the asset a name.";
        var type = patch.Type?.Trim() ?? asset.Type;
        CustomAssetType? custom = null;
        if (type.Length == 0)
            errors["type"] = "Choose the asset type.";
        else if (!AssetTypes.BuiltIn.Contains(type) && !errors.ContainsKey("type"))
        {
            custom = await CustomTypeAsync(asset.OrgId, type, ct);
            if (custom is null)
                errors["type"] = $"'{type}' is neither a built-in type ({string.Join(", ", AssetTypes.BuiltIn)}) nor one of this organisation's custom types.";
        }
        if (patch.LocationId is { } location && !await ExistsAsync(knownLocations, location, db.Locations.Where(l => l.OrgId == asset.OrgId).Select(l => l.Id), ct))
            errors["locationId"] = "No location with this id in this organisation.";
        if (patch.ContactId is { } contact && !await ExistsAsync(knownContacts, contact, db.Contacts.Where(c => c.OrgId == asset.OrgId).Select(c => c.Id), ct))
            errors["contactId"] = "No contact with this id in this organisation.";
        // Custom fields: the given values over the stored ones (none when the type changes or they are replaced).
        var values = asset.CustomFields is null || type != asset.Type || patch.ReplaceCustomFields ? new Dictionary<string, JsonElement>()
            : asset.CustomFields.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        foreach (var (key, value) in patch.CustomFields ?? new Dictionary<string, JsonElement>())
            values[key] = value;
        Dictionary<string, object?> normalized = [];
        if (custom is not null)
            foreach (var (k, v) in AssetTypes.Validate(custom.Fields, values, out normalized))
                errors.TryAdd(k, v);
        else if (values.Count > 0 && !errors.ContainsKey("type"))
            errors["customFields"] = "Built-in asset types have no custom fields; create a custom type for them.";
        if (errors.Count > 0)
            return errors;

        asset.Type = type;
        if (patch.Name is not null) asset.Name = patch.Name.Trim();
        if (patch.Serial is not null) asset.Serial = Blank(patch.Serial);
        if (patch.Manufacturer is not null) asset.Manufacturer = Blank(patch.Manufacturer);
        if (patch.Model is not null) asset.Model = Blank(patch.Model);
        if (patch.Status is not null) asset.Status = patch.Status;
        if (patch.LocationId is not null) asset.LocationId = patch.LocationId;
        if (patch.ContactId is not null) asset.ContactId = patch.ContactId;
        if (patch.PurchaseDate is not null) asset.PurchaseDate = patch.PurchaseDate;
        if (patch.WarrantyExpires is not null) asset.WarrantyExpires = patch.WarrantyExpires;
        if (patch.Notes is not null) asset.Notes = Blank(patch.Notes);
        if (patch.Tags is not null) asset.Tags = TagList.Normalize(patch.Tags);
        if (patch.MacAddresses is not null) asset.MacAddresses = patch.MacAddresses.Select(m => AssetTypes.NormalizeMac(m)!).Distinct().ToList();
        foreach (var field in patch.Clear)
            Clear(asset, field);
        // Compared as JSON values: the database hands jsonb back in its own spelling.
        var json = normalized.Count == 0 ? null : JsonSerializer.SerializeToNode(normalized);
        if (!JsonNode.DeepEquals(json, asset.CustomFields is null ? null : JsonNode.Parse(asset.CustomFields.RootElement.GetRawText())))
            asset.CustomFields = json is null ? null : JsonDocument.Parse(json.ToJsonString());
        return errors;
    }

    private async Task<CustomAssetType?> CustomTypeAsync(Guid orgId, string key, CancellationToken ct)
    {
        if (!customTypes.TryGetValue((orgId, key), out var type))
            customTypes[(orgId, key)] = type = await db.CustomAssetTypes.AsNoTracking().FirstOrDefaultAsync(t => t.OrgId == orgId && t.Key == key, ct);
        return type;
    }

    private static async Task<bool> ExistsAsync(HashSet<Guid> known, Guid id, IQueryable<Guid> inOrg, CancellationToken ct)
    {
        if (known.Contains(id))
            return true;
        if (!await inOrg.AnyAsync(x => x == id, ct))
            return false;
        known.Add(id);
        return true;
    }

    private static void Clear(Asset asset, string field)
    {
        switch (field)
        {
            case "locationId": asset.LocationId = null; break;
            case "contactId": asset.ContactId = null; break;
            case "purchaseDate": asset.PurchaseDate = null; break;
            case "warrantyExpires": asset.WarrantyExpires = null; break;
            case "serial": asset.Serial = null; break;
            case "manufacturer": asset.Manufacturer = null; break;
            case "model": asset.Model = null; break;
            case "notes": asset.Notes = null; break;
        }
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

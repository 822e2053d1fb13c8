using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Assets;

/// <summary>An organisation's own asset type (for example "CCTV camera") with the custom fields its assets carry.</summary>
[Resource("asset_type", AuditCategories.Organisation)]
public sealed class CustomAssetType : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    /// <summary>Lower-case key used in <see cref="Asset.Type"/> (<c>cctv-camera</c>).</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public List<CustomFieldDefinition> Fields { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

public sealed class CustomFieldDefinition
{
    /// <summary>Key of the value in <c>customFields</c> (letters, digits, <c>_</c>).</summary>
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary><c>text</c>, <c>number</c>, <c>date</c>, <c>bool</c>, <c>select</c> or <c>url</c>.</summary>
    public string Type { get; set; } = "text";
    public bool Required { get; set; }
    /// <summary>The allowed values of a <c>select</c> field.</summary>
    public List<string> Options { get; set; } = [];
}

internal sealed class CustomAssetTypeConfiguration : IEntityTypeConfiguration<CustomAssetType>
{
    public void Configure(EntityTypeBuilder<CustomAssetType> b)
    {
        b.ToTable("asset_types");
        b.Property(x => x.Key).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.OwnsMany(x => x.Fields, f => f.ToJson());
        b.HasIndex(x => new { x.OrgId, x.Key }).IsUnique();
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static partial class AssetTypes
{
    public static readonly IReadOnlyList<string> BuiltIn =
        ["workstation", "server", "laptop", "switch", "router", "firewall", "access-point", "printer", "phone", "ups", "other"];

    public static readonly IReadOnlyList<string> Statuses = ["planned", "active", "in-repair", "spare", "retired"];

    public static readonly IReadOnlyList<string> RelationKinds = ["connected-to", "depends-on", "runs-on", "backs-up", "member-of", "powered-by"];

    public static readonly IReadOnlyList<string> FieldTypes = ["text", "number", "date", "bool", "select", "url"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,49}$")]
    public static partial Regex FieldKeyPattern();

    /// <summary>Checks custom field values against a type's definitions; returns the normalised values or field errors.</summary>
    public static Dictionary<string, string> Validate(IReadOnlyList<CustomFieldDefinition> fields, Dictionary<string, JsonElement>? values,
        out Dictionary<string, object?> normalized)
    {
        var errors = new Dictionary<string, string>();
        normalized = [];
        values ??= [];
        foreach (var key in values.Keys.Where(k => fields.All(f => f.Key != k)))
            errors[$"customFields.{key}"] = $"'{key}' is not a field of this asset type.";
        foreach (var field in fields)
        {
            var path = $"customFields.{field.Key}";
            if (!values.TryGetValue(field.Key, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
                || value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
            {
                if (field.Required)
                    errors[path] = $"{field.Label} is required.";
                continue;
            }
            object? parsed = field.Type switch
            {
                "number" when value.ValueKind == JsonValueKind.Number => value.GetDecimal(),
                "number" when value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
                "bool" when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
                "bool" when value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var b) => b,
                "date" when value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out var date) => date.ToString("yyyy-MM-dd"),
                "url" when value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) => uri.ToString(),
                "select" when value.ValueKind == JsonValueKind.String && field.Options.Contains(value.GetString()!) => value.GetString(),
                "text" when value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= 2000 => value.GetString(),
                _ => null,
            };
            if (parsed is null)
                errors[path] = field.Type switch
                {
                    "number" => $"{field.Label} must be a number.",
                    "bool" => $"{field.Label} must be true or false.",
                    "date" => $"{field.Label} must be a date (YYYY-MM-DD).",
                    "url" => $"{field.Label} must be an absolute URL.",
                    "select" => $"{field.Label} must be one of: {string.Join(", ", field.Options)}.",
                    _ => $"{field.Label} must be text of at most 2,000 characters.",
                };
            else
                normalized[field.Key] = parsed;
        }
        return errors;
    }

    /// <summary>"AA-BB-CC-DD-EE-FF", "aabb.ccdd.eeff" or "aa:bb:…" → "aa:bb:cc:dd:ee:ff"; null when not a MAC address.</summary>
    public static string? NormalizeMac(string? mac)
    {
        if (string.IsNullOrWhiteSpace(mac))
            return null;
        var hex = new string(mac.Where(Uri.IsHexDigit).ToArray()).ToLowerInvariant();
        var separators = mac.Where(c => !Uri.IsHexDigit(c)).Distinct().ToList();
        if (hex.Length != 12 || separators.Any(c => c is not (':' or '-' or '.')))
            return null;
        return string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
    }
}

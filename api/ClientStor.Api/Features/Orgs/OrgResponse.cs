using System.Text;
using System.Text.RegularExpressions;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.Paging;

namespace ClientStor.Api.Features.Orgs;

public sealed class OrgResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    /// <summary><c>active</c> or <c>archived</c>.</summary>
    public required string Status { get; set; }
    public required string? Notes { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }

    public static OrgResponse From(Org org) => new()
    {
        Id = org.Id,
        Name = org.Name,
        Slug = org.Slug,
        Status = OrgStatuses.ToApi(org.Status),
        Notes = org.Notes,
        CreatedAt = org.CreatedAt,
        UpdatedAt = org.UpdatedAt,
        Etag = ETags.For(org.Version),
    };
}

internal static class OrgAudit
{
    /// <summary>The audited view of an organisation (before/after values).</summary>
    public static object Snapshot(Org org) => new { org.Name, org.Slug, Status = OrgStatuses.ToApi(org.Status), org.Notes };
}

public static partial class OrgStatuses
{
    public static string ToApi(OrgStatus status) => status == OrgStatus.Active ? "active" : "archived";

    public static bool TryParse(string? value, out OrgStatus status)
    {
        status = OrgStatus.Active;
        switch (value)
        {
            case "active": return true;
            case "archived": status = OrgStatus.Archived; return true;
            default: return false;
        }
    }

    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>"Contoso Ltd. (UK)" → "contoso-ltd-uk".</summary>
    public static string SlugFrom(string name)
    {
        var ascii = Encoding.ASCII.GetString(Encoding.ASCII.GetBytes(name.Normalize(NormalizationForm.FormD).ToLowerInvariant()));
        var slug = NonAlphanumeric().Replace(ascii, "-").Trim('-');
        if (slug.Length > 90)
            slug = slug[..90].Trim('-');
        return slug.Length == 0 ? "org" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}

internal static class OrgSorts
{
    public static readonly SortCatalog<Org> Catalog = new("name",
        new SortKey<Org, string>("name", o => o.NormalizedName, o => o.Id),
        new SortKey<Org, DateTimeOffset>("createdAt", o => o.CreatedAt, o => o.Id),
        new SortKey<Org, DateTimeOffset>("updatedAt", o => o.UpdatedAt, o => o.Id));
}

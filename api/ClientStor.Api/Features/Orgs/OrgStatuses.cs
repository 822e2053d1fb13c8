using System.Text;
using System.Text.RegularExpressions;

namespace ClientStor.Api.Features.Orgs;

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

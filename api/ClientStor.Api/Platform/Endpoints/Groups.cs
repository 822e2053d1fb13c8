
namespace ClientStor.Api.Platform.Endpoints;

/// <summary>
/// A module's endpoints inside one organisation: routes under <c>/api/v1/orgs/{orgId}/</c>, the module's tag, and org
/// scoping — every endpoint of the group must declare its org permission (checked at start-up), so membership and
/// permission are checked on every request and the DbContext is filtered to the organisation.
/// <code>public sealed class AssetsGroup() : OrgScopedGroup("Assets");   // Get("assets/{assetId}") → /api/v1/orgs/{orgId}/assets/{assetId}</code>
/// </summary>
public abstract class OrgScopedGroup : Group
{
    public const string Prefix = "api/v1/orgs/{orgId}";

    protected OrgScopedGroup(string tag) => Configure(Prefix, ep =>
    {
        TrimTrailingSlash(ep);
        ep.Tags(tag);
        ep.Metadata(OrgScopedEndpoint.Instance);
    });

    /// <summary>An endpoint on the group's own path (<c>Get("")</c>) is the prefix itself, not the prefix and a slash.</summary>
    internal static void TrimTrailingSlash(EndpointDefinition ep)
    {
        for (var i = 0; i < ep.Routes.Length; i++)
            ep.Routes[i] = ep.Routes[i].TrimEnd('/');
    }
}

/// <summary>
/// A module's endpoints outside any organisation: routes under <c>/api/v1/</c> and the module's tag.
/// <code>public sealed class UsersGroup() : PlatformGroup("Users");   // Get("users/{userId}") → /api/v1/users/{userId}</code>
/// </summary>
public abstract class PlatformGroup : Group
{
    public const string Prefix = "api/v1";

    protected PlatformGroup(string tag) => Configure(Prefix, ep =>
    {
        OrgScopedGroup.TrimTrailingSlash(ep);
        ep.Tags(tag);
    });
}

/// <summary>Endpoint metadata: the endpoint works inside the organisation named by its <c>{orgId}</c>.</summary>
public sealed class OrgScopedEndpoint
{
    public static readonly OrgScopedEndpoint Instance = new();
}

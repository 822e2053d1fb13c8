
namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// How an endpoint declares who may call it, in <c>Configure()</c>, where the route is. Every endpoint makes exactly one
/// of these declarations or <c>AllowAnonymous()</c> (checked at start-up).
/// </summary>
public static class EndpointAccess
{
    /// <summary>A member of the route's organisation (or a key bound to it) holding <paramref name="permission"/>.</summary>
    public static void RequireOrgPermission(this BaseEndpoint endpoint, string permission)
    {
        if (!PermissionCatalog.Exists(permission))
            throw new InvalidOperationException($"{endpoint.GetType().Name} declares unknown permission '{permission}'.");
        endpoint.Definition.Policies(OrgPolicies.For(permission));
    }

    /// <summary>A signed-in person with the global-admin flag (read from the database on every request).</summary>
    public static void RequirePlatformAdmin(this BaseEndpoint endpoint) => endpoint.Definition.Policies(Policies.GlobalAdmin);

    /// <summary>Any active caller with a valid token: people, and API keys where <see cref="AllowApiKeys"/> says so.</summary>
    public static void RequireSignedIn(this BaseEndpoint endpoint) => endpoint.Definition.Policies(Policies.Api);

    /// <summary>A sensitive operation: the caller signed in or re-authenticated within the re-auth window.</summary>
    public static void RequireFreshReauth(this BaseEndpoint endpoint) => endpoint.Definition.Metadata(new FreshReauthRequired());

    /// <summary>
    /// The permission an endpoint declared, as the OpenAPI document's <c>x-permission</c> states it: org permissions
    /// (space-separated when it needs several), <c>platform.admin</c>, <c>signed-in</c> or <c>anonymous</c>.
    /// </summary>
    public static string? DeclaredPermission(EndpointDefinition definition)
    {
        if (definition.AnonymousVerbs is { Length: > 0 })
            return Anonymous;
        var policies = definition.PreBuiltUserPolicies ?? [];
        var org = policies.Where(p => p.StartsWith(OrgPolicies.Prefix, StringComparison.Ordinal)).Select(p => p[OrgPolicies.Prefix.Length..]).ToList();
        if (org.Count > 0)
            return string.Join(' ', org);
        if (policies.Contains(Policies.GlobalAdmin))
            return PlatformAdmin;
        if (policies.Contains(Policies.Api))
            return SignedIn;
        return null;
    }

    public const string Anonymous = "anonymous";
    public const string PlatformAdmin = "platform.admin";
    public const string SignedIn = "signed-in";
}

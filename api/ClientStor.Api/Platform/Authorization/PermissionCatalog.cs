namespace ClientStor.Api.Platform.Authorization;

/// <param name="Available">False while the permission's module is not built yet: roles may hold it (to be ready), but it is
/// not offered as an OAuth scope (<c>scopes_supported</c>) and no API key can carry it.</param>
/// <param name="ForApiKeys">False for what only a person may do (revealing secrets).</param>
public sealed record Permission(string Name, string Module, string Description, bool Available = true, bool ForApiKeys = true);

/// <summary>
/// Every permission in the product, <c>module.action</c>. Roles hold these names; endpoints declare one;
/// API keys (issue #6) will carry them as scopes.
/// </summary>
public static class PermissionCatalog
{
    public static readonly IReadOnlyList<Permission> All =
    [
        new("org.read", "org", "See the organisation, its members and roles."),
        new("org.delete", "org", "Delete the (archived) organisation and everything in it."),
        new("settings.manage", "org", "Rename, archive and configure the organisation."),
        new("members.manage", "members", "Add and remove members and assign their roles.", ForApiKeys: false),
        new("roles.manage", "roles", "Create, change and delete custom roles.", ForApiKeys: false),
        new("apikeys.manage", "apikeys", "Issue and revoke scoped API keys."),
        new("audit.read", "audit", "Read the organisation's audit log and its charts."),
        new("audit.export", "audit", "Export the organisation's audit log as CSV."),
        new("assets.read", "assets", "See assets, locations and contacts."),
        new("assets.write", "assets", "Create and change assets, locations and contacts."),
        new("assets.delete", "assets", "Delete assets."),
        new("ipam.read", "ipam", "See VLANs, subnets and IP addresses."),
        new("ipam.write", "ipam", "Change VLANs, subnets and IP addresses."),
        new("vault.read", "vault", "See credential metadata (never the secrets)."),
        new("vault.write", "vault", "Create and change credentials and their secrets."),
        new("vault.reveal", "vault", "Reveal a credential's secret (needs a fresh re-authentication; never for API keys).", ForApiKeys: false),
        new("docs.read", "docs", "Read knowledge-base articles and diagrams."),
        new("docs.write", "docs", "Write knowledge-base articles and diagrams."),
        new("docs.publish", "docs", "Approve or reject changes to published articles where the organisation requires review; saves publish at once."),
        new("tickets.read", "tickets", "See tickets and time entries.", Available: false),
        new("tickets.write", "tickets", "Create and work tickets, log time.", Available: false),
        new("billing.read", "billing", "See contracts, invoices and rates.", Available: false),
        new("billing.write", "billing", "Change contracts, invoices and rates.", Available: false),
        new("integrations.manage", "integrations", "Configure integrations and their secrets.", Available: false),
    ];

    public static readonly IReadOnlySet<string> Names = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public static bool Exists(string name) => Names.Contains(name);

    /// <summary>The permissions an API key can carry, which are also the OAuth scopes the server offers besides the sign-in ones.</summary>
    public static readonly IReadOnlyList<string> KeyScopes = [.. All.Where(p => p.Available && p.ForApiKeys).Select(p => p.Name)];

    /// <summary>
    /// Admin-grade permissions: the platform's admin IP allowlist applies to endpoints that need one of these, as it
    /// does to platform administration.
    /// </summary>
    public static readonly IReadOnlySet<string> AdminGrade = new HashSet<string>(StringComparer.Ordinal)
        { "settings.manage", "members.manage", "roles.manage", "apikeys.manage", "org.delete", "integrations.manage" };
}

/// <summary>The roles every organisation starts with; their permission sets are fixed (documented in README).</summary>
public static class BuiltInRoles
{
    public const string Owner = "Owner";
    public const string Admin = "Admin";
    public const string Technician = "Technician";
    public const string ReadOnly = "Read-only";
    public const string Billing = "Billing";

    public static readonly IReadOnlyList<(string Name, string Description, string[] Permissions)> All =
    [
        (Owner, "Everything, including deleting the organisation.", PermissionCatalog.All.Select(p => p.Name).ToArray()),
        (Admin, "Everything except deleting the organisation.", PermissionCatalog.All.Select(p => p.Name).Where(p => p != "org.delete").ToArray()),
        (Technician, "Day-to-day work: assets, IPAM, vault (with reveal), docs and tickets.",
            ["org.read", "assets.read", "assets.write", "ipam.read", "ipam.write", "vault.read", "vault.write", "vault.reveal",
             "docs.read", "docs.write", "tickets.read", "tickets.write"]),
        (ReadOnly, "Look, never touch: read access without secrets.",
            ["org.read", "assets.read", "ipam.read", "vault.read", "docs.read", "tickets.read"]),
        (Billing, "Contracts and invoices, and the tickets they bill.",
            ["org.read", "billing.read", "billing.write", "tickets.read"]),
    ];
}

namespace ClientStor.Api.Platform.Tenancy;

/// <summary>
/// The MSP's own knowledge base, shared by every client organisation: a built-in organisation row (created by the
/// migration, hidden from every list of organisations by a query filter) whose only permissions are the knowledge
/// base's. So its articles, folders, revisions, review, attachments and search are the organisations' own code at
/// <c>/api/v1/orgs/{PlatformKnowledgeBase.OrgId}/docs/…</c>. Who may do what there:
/// <list type="bullet">
/// <item>read (<c>docs.read</c>): anyone holding <c>docs.read</c> in any organisation, global administrators, and API keys
/// with the <c>docs.read</c> scope;</item>
/// <item>write and publish (<c>docs.write</c>, <c>docs.publish</c>): global administrators, people holding them through a
/// team grant to every organisation (a platform-wide grant), and API keys for all organisations with those scopes.</item>
/// </list>
/// </summary>
public static class PlatformKnowledgeBase
{
    public static readonly Guid OrgId = new("00000000-0000-4000-8000-00000000006b");
    public const string Name = "MSP knowledge base";
    /// <summary>Not a slug anyone can choose (organisation slugs are lower-case letters, digits and dashes).</summary>
    public const string Slug = "_msp-knowledge-base";

    public static readonly IReadOnlySet<string> Permissions = new HashSet<string>(StringComparer.Ordinal) { "docs.read", "docs.write", "docs.publish" };

    /// <summary>
    /// The caller's permissions in the knowledge base from what it holds elsewhere: <paramref name="everyOrg"/> are held in
    /// every organisation (a global administrator's, a platform-wide grant's, an all-organisations key's scopes);
    /// <paramref name="readsSomewhere"/> says whether it holds <c>docs.read</c> in at least one. Null when nothing.
    /// </summary>
    public static IReadOnlySet<string>? PermissionsFrom(IEnumerable<string> everyOrg, bool readsSomewhere)
    {
        var held = everyOrg.Where(Permissions.Contains).ToHashSet(StringComparer.Ordinal);
        if (readsSomewhere)
            held.Add("docs.read");
        return held.Count == 0 ? null : held;
    }
}

namespace ClientStor.Api.Platform.Authorization;

/// <summary>One source of a user's access to an organisation: a role held directly or through a team's grant.</summary>
public sealed class OrgAccessRow
{
    public Guid OrgId { get; set; }
    public Guid? RoleId { get; set; }
    public string? RoleName { get; set; }
    /// <summary>Set when the role comes through a team's grant.</summary>
    public Guid? TeamId { get; set; }
    public string? TeamName { get; set; }
    public string[] Permissions { get; set; } = [];
    /// <summary>The role's own re-authentication window in minutes (see <see cref="ReauthWindows"/>); null: the platform's.</summary>
    public int? ReauthWindowMinutes { get; set; }
}

/// <summary>
/// The one resolution of a person's access to organisations: the database function <c>user_org_access(user)</c> — direct
/// memberships with their roles, and team grants (one organisation, or every organisation, present and future, with a
/// platform role or one of the organisation's roles). The caller query of every request reads it for the route's
/// organisation; lists across organisations (search, the organisation list, a user's access page) read it whole. Global
/// administrators are not in it: they hold every permission in every organisation.
/// </summary>
public static class UserAccess
{
    // A grant to every organisation reaches the MSP knowledge base's row too (the function joins every row of orgs): the
    // lists of organisations below leave it out; KnowledgeBaseAccessAsync reads what such grants give there.
    private static readonly Guid KnowledgeBase = Tenancy.PlatformKnowledgeBase.OrgId;

    /// <summary>Every (organisation, role, team) source of the user's access.</summary>
    public static Task<List<OrgAccessRow>> ForUserAsync(Data.ClientStorDbContext db, Guid userId, CancellationToken ct) =>
        db.Database.SqlQuery<OrgAccessRow>($"""
            SELECT org_id, role_id, role_name, team_id, team_name, permissions, reauth_window_minutes FROM user_org_access({userId})
            WHERE org_id <> {KnowledgeBase}
            """).ToListAsync(ct);

    /// <summary>The organisations the user can see at all (a membership, even without roles, or a team grant).</summary>
    public static IQueryable<Guid> VisibleOrgIds(Data.ClientStorDbContext db, Guid userId) =>
        db.Database.SqlQuery<Guid>($"SELECT DISTINCT org_id AS \"Value\" FROM user_org_access({userId}) WHERE org_id <> {KnowledgeBase}");

    /// <summary>The organisations where the user holds <paramref name="permission"/>.</summary>
    public static IQueryable<Guid> OrgIdsWith(Data.ClientStorDbContext db, Guid userId, string permission) =>
        db.Database.SqlQuery<Guid>($"SELECT DISTINCT org_id AS \"Value\" FROM user_org_access({userId}) WHERE {permission} = ANY (permissions) AND org_id <> {KnowledgeBase}");

    /// <summary>
    /// In one statement: what the user holds in every organisation through platform-wide grants, as it reaches the MSP
    /// knowledge base's row, and whether the user reads documentation in at least one client organisation.
    /// </summary>
    public static async Task<KnowledgeBaseAccess> KnowledgeBaseAccessAsync(Data.ClientStorDbContext db, Guid userId, CancellationToken ct) =>
        await db.Database.SqlQuery<KnowledgeBaseAccess>($"""
            SELECT COALESCE(array_agg(DISTINCT perm) FILTER (WHERE a.org_id = {KnowledgeBase} AND perm IS NOT NULL), ARRAY[]::text[]) AS permissions,
                   COALESCE(bool_or('docs.read' = ANY (a.permissions) AND a.org_id <> {KnowledgeBase}), false) AS reads_docs_somewhere
            FROM user_org_access({userId}) a LEFT JOIN LATERAL unnest(a.permissions) AS perm ON true
            """).SingleAsync(ct);
}

/// <summary>See <see cref="UserAccess.KnowledgeBaseAccessAsync"/>.</summary>
public sealed class KnowledgeBaseAccess
{
    public string[] Permissions { get; set; } = [];
    public bool ReadsDocsSomewhere { get; set; }
}

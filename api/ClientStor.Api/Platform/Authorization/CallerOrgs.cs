namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// The organisations the caller can see, and those where it holds a given permission, for operations that span
/// organisations (global search, the home dashboard). Read from current data once per request: a global administrator
/// sees every organisation with every permission; a person the union of direct memberships and team grants
/// (<see cref="UserAccess"/>); an API key the organisations it is bound to, and a permission only if it is among its scopes.
/// Reading documentation anywhere adds the MSP knowledge base (<see cref="Tenancy.PlatformKnowledgeBase"/>) to <c>docs.read</c>.
/// </summary>
public sealed class CallerOrgs
{
    private readonly IReadOnlyList<Guid>? visible;
    private readonly Func<string, IReadOnlyList<Guid>?> with;

    private CallerOrgs(IReadOnlyList<Guid>? visible, Func<string, IReadOnlyList<Guid>?> with)
    {
        this.visible = visible;
        this.with = with;
    }

    public static async Task<CallerOrgs> LoadAsync(CurrentActor actor, Data.ClientStorDbContext db, CancellationToken ct)
    {
        if (await actor.KeyAsync(ct) is { } key)
        {
            IReadOnlyList<Guid>? bound = key.AllOrgs ? null : [.. key.OrgIds.Concat(key.OrgId is { } own ? [own] : []).Distinct()];
            return new CallerOrgs(bound, permission => !key.Scopes.Contains(permission) ? []
                : permission == "docs.read" && bound is not null ? [.. bound, Tenancy.PlatformKnowledgeBase.OrgId] : bound);
        }
        var user = await actor.UserAsync(ct) ?? throw new InvalidOperationException("CallerOrgs needs a signed-in caller.");
        if (user.IsGlobalAdmin)
            return new CallerOrgs(null, _ => null);
        var rows = await UserAccess.ForUserAsync(db, user.Id, ct);
        return new CallerOrgs([.. rows.Select(r => r.OrgId).Distinct()], permission =>
        {
            var orgs = rows.Where(r => r.Permissions.Contains(permission)).Select(r => r.OrgId).ToList();
            // Whoever reads documentation somewhere reads the MSP knowledge base too.
            if (permission == "docs.read" && orgs.Count > 0)
                orgs.Add(Tenancy.PlatformKnowledgeBase.OrgId);
            return [.. orgs.Distinct()];
        });
    }

    /// <summary>The organisations the caller can see; null means every organisation.</summary>
    public IReadOnlyList<Guid>? Visible => visible;

    /// <summary>The organisations where the caller holds <paramref name="permission"/> (null: seeing is enough); null means every organisation.</summary>
    public IReadOnlyList<Guid>? With(string? permission) => permission is null ? visible : with(permission);

    /// <summary>True when the caller can see <paramref name="orgId"/> (for a global administrator: any id, existing or not).</summary>
    public bool CanSee(Guid orgId) => visible is null || visible.Contains(orgId);

    /// <summary><paramref name="orgs"/> narrowed to one organisation: null (all) becomes just it, a list keeps it only if present.</summary>
    public static IReadOnlyList<Guid> Narrow(IReadOnlyList<Guid>? orgs, Guid orgId) =>
        orgs is null || orgs.Contains(orgId) ? [orgId] : [];
}

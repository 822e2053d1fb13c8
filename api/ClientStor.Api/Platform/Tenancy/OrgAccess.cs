using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Platform.Tenancy;

/// <summary>
/// The organisation this request works in, once authorization has admitted the caller to it. The
/// DbContext filters every org-scoped entity by it: a second wall behind the explicit check.
/// </summary>
public sealed class CurrentOrg
{
    public Guid? OrgId { get; private set; }
    public IReadOnlySet<string> Permissions { get; private set; } = new HashSet<string>();

    internal void Enter(Guid orgId, IReadOnlySet<string> permissions)
    {
        OrgId = orgId;
        Permissions = permissions;
    }
}

public enum OrgAccessOutcome { Allowed, NotFound, MissingPermission }

/// <summary>Resolves a caller's effective permissions in an organisation from current database state.</summary>
public sealed class OrgAccess(ClientStorDbContext db, CurrentActor actor)
{
    /// <summary>
    /// The caller's permissions in <paramref name="orgId"/>, or null when the organisation does not exist or
    /// the caller is not a member (both answer 404: existence is not disclosed). Global administrators
    /// hold every permission in every organisation.
    /// </summary>
    public async Task<IReadOnlySet<string>?> PermissionsAsync(Guid orgId, CancellationToken ct)
    {
        // The route's organisation (every org-scoped endpoint) came with the caller query: no second round trip.
        if (await actor.RouteOrgPermissionsAsync(orgId, ct) is (true, var routePermissions))
            return routePermissions;
        if (actor.ApiKeyId is not null)
            return await actor.KeyAsync(ct) is { } key && key.IsBoundTo(orgId) && await db.Orgs.AnyAsync(o => o.Id == orgId, ct) ? key.Scopes : null;
        var user = await actor.UserAsync(ct);
        if (user is null)
            return null;
        if (user.IsGlobalAdmin)
            return await db.Orgs.AnyAsync(o => o.Id == orgId, ct) ? PermissionCatalog.Names : null;
        var rows = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.OrgId == orgId && m.UserId == user.Id)
            .Select(m => m.Roles.Select(r => r.Role!.Permissions).ToList())
            .ToListAsync(ct);
        if (rows.Count == 0)
            return null;
        return rows[0].SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
    }
}

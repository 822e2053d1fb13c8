using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Roles;

/// <summary>Roles per organisation (built-in and custom), memberships and their roles, and the permission catalog.</summary>
public static class RolesModule
{
    public static IServiceCollection AddRolesModule(this IServiceCollection services) => services;

    extension(ClientStorDbContext db)
    {
        public DbSet<Role> Roles => db.Set<Role>();
        public DbSet<Membership> Memberships => db.Set<Membership>();
        public DbSet<MembershipRole> MembershipRoles => db.Set<MembershipRole>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/roles</c>.</summary>
public sealed class RolesGroup() : OrgScopedGroup("Roles");

/// <summary>The route of one role's operations.</summary>
public sealed class RoleRequest
{
    [FastEndpoints.RouteParam] public Guid RoleId { get; set; }
}

/// <summary><c>/api/v1/permissions</c>: the catalog roles and API-key scopes are built from.</summary>
public sealed class PermissionsGroup() : PlatformGroup("Roles");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class RoleMapper
{
    [MapProperty(nameof(Role.Version), nameof(RoleResponse.Etag))]
    [MapProperty(nameof(Role.Permissions), nameof(RoleResponse.Permissions), Use = nameof(Sorted))]
    public static partial RoleResponse ToResponse(this Role role);

    [UserMapping(Default = false)]
    private static IReadOnlyList<string> Sorted(string[] permissions) => permissions.Order(StringComparer.Ordinal).ToList();
}

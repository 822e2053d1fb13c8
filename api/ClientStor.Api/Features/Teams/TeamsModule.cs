using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Teams;

/// <summary>Teams of users holding roles in many organisations through grants, and the platform roles they grant.</summary>
public static class TeamsModule
{
    public static IServiceCollection AddTeamsModule(this IServiceCollection services) => services;

    extension(ClientStorDbContext db)
    {
        public DbSet<Team> Teams => db.Set<Team>();
        public DbSet<TeamMember> TeamMembers => db.Set<TeamMember>();
        public DbSet<TeamGrant> TeamGrants => db.Set<TeamGrant>();
        public DbSet<PlatformRole> PlatformRoles => db.Set<PlatformRole>();
    }

    /// <summary>The team, or 404.</summary>
    public static async Task<Team> FindTeamAsync(this IQueryable<Team> teams, Guid id, CancellationToken ct) =>
        await teams.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException(ResourceInfo.Of<Team>().Title);
}

/// <summary><c>/api/v1/teams</c> and <c>/api/v1/platform-roles</c> (platform administration).</summary>
public sealed class TeamsGroup() : PlatformGroup("Teams");

/// <summary>The route of one team's operations.</summary>
public class TeamRequest
{
    [RouteParam] public Guid TeamId { get; set; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class TeamMapper
{
    [MapProperty(nameof(Team.Version), nameof(TeamResponse.Etag))]
    public static partial TeamResponse ToResponse(this Team team, int memberCount, int grantCount);

    [MapProperty(nameof(PlatformRole.Version), nameof(PlatformRoleResponse.Etag))]
    [MapProperty(nameof(PlatformRole.Permissions), nameof(PlatformRoleResponse.Permissions), Use = nameof(Sorted))]
    public static partial PlatformRoleResponse ToResponse(this PlatformRole role);

    [UserMapping(Default = false)]
    private static IReadOnlyList<string> Sorted(string[] permissions) => permissions.Order(StringComparer.Ordinal).ToList();
}

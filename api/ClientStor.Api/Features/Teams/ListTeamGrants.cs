using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Roles;

namespace ClientStor.Api.Features.Teams;

/// <summary>A team's grants: which role it holds where (an organisation, or every one).</summary>
public sealed class ListTeamGrantsEndpoint(ClientStorDbContext db) : Endpoint<TeamRequest, List<TeamGrantResponse>>
{
    public override void Configure()
    {
        Get("teams/{teamId}/grants");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List a team's grants");
    }

    public override async Task HandleAsync(TeamRequest req, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().FindTeamAsync(req.TeamId, ct);
        await Send.OkAsync(await TeamGrantReads.ForTeamAsync(db, team.Id, null, ct), ct);
    }
}

internal static class TeamGrantReads
{
    /// <summary>The team's grants (or one of them) with the organisation's and the role's name and permissions.</summary>
    public static Task<List<TeamGrantResponse>> ForTeamAsync(ClientStorDbContext db, Guid teamId, Guid? grantId, CancellationToken ct) =>
        (from g in db.TeamGrants.AsNoTracking()
         where g.TeamId == teamId && (grantId == null || g.Id == grantId)
         from o in db.Set<Org>().Where(o => o.Id == g.OrgId).DefaultIfEmpty()
         from r in db.Set<Role>().IgnoreQueryFilters().Where(r => r.Id == g.RoleId).DefaultIfEmpty()
         from p in db.Set<PlatformRole>().Where(p => p.Id == g.PlatformRoleId).DefaultIfEmpty()
         orderby o.Name, g.CreatedAt
         select new TeamGrantResponse
         {
             Id = g.Id, OrgId = g.OrgId, OrgName = o.Name, PlatformRoleId = g.PlatformRoleId, RoleId = g.RoleId,
             RoleName = r != null ? r.Name : p!.Name, Permissions = r != null ? r.Permissions : p!.Permissions,
             CreatedAt = g.CreatedAt, Etag = Platform.Http.ETags.For(g.Version),
         }).ToListAsync(ct);
}

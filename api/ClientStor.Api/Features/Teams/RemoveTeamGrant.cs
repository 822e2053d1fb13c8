namespace ClientStor.Api.Features.Teams;

public sealed class RemoveTeamGrantRequest : TeamRequest
{
    [RouteParam] public Guid GrantId { get; set; }
}

/// <summary>Withdraws a grant: the team's members lose it on their next request.</summary>
public sealed class RemoveTeamGrantEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<RemoveTeamGrantRequest>
{
    public override void Configure()
    {
        Delete("teams/{teamId}/grants/{grantId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Withdraw a team's grant");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(RemoveTeamGrantRequest req, CancellationToken ct)
    {
        var team = await db.Teams.FindTeamAsync(req.TeamId, ct);
        var grant = await db.TeamGrants.FirstOrDefaultAsync(g => g.Id == req.GrantId && g.TeamId == team.Id, ct)
            ?? throw new NotFoundException(ResourceInfo.Of<TeamGrant>().Title);
        Platform.Http.ETags.CheckIfMatch(HttpContext, grant);
        db.TeamGrants.Remove(grant);
        await changes.RecordAsync(team, "grant_removed", ct, orgId: grant.OrgId,
            details: new { grant = grant.Id, grant.OrgId, allOrgs = grant.OrgId is null, grant.PlatformRoleId, grant.RoleId });
        await Send.NoContentAsync(ct);
    }
}

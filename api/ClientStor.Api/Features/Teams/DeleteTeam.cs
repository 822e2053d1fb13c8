namespace ClientStor.Api.Features.Teams;

/// <summary>Deletes a team: its members lose what its grants gave them on their next request.</summary>
public sealed class DeleteTeamEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<TeamRequest>
{
    public override void Configure()
    {
        Delete("teams/{teamId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Delete a team");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(TeamRequest req, CancellationToken ct)
    {
        var team = await db.Teams.FindTeamAsync(req.TeamId, ct);
        Platform.Http.ETags.CheckIfMatch(HttpContext, team);
        var members = await db.TeamMembers.CountAsync(m => m.TeamId == team.Id, ct);
        var grants = await db.TeamGrants.CountAsync(g => g.TeamId == team.Id, ct);
        await changes.DeletedAsync(team, ct, details: new { members, grants });
        await Send.NoContentAsync(ct);
    }
}

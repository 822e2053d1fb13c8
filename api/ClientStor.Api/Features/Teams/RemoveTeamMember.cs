namespace ClientStor.Api.Features.Teams;

public sealed class RemoveTeamMemberRequest : TeamRequest
{
    [RouteParam] public Guid UserId { get; set; }
}

/// <summary>Takes a user out of a team: what the team's grants gave them is gone on their next request.</summary>
public sealed class RemoveTeamMemberEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<RemoveTeamMemberRequest>
{
    public override void Configure()
    {
        Delete("teams/{teamId}/members/{userId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Remove a user from a team");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(RemoveTeamMemberRequest req, CancellationToken ct)
    {
        var team = await db.Teams.FindTeamAsync(req.TeamId, ct);
        var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.TeamId == team.Id && m.UserId == req.UserId, ct)
            ?? throw new NotFoundException("The team member");
        Platform.Http.ETags.CheckIfMatch(HttpContext, member);
        db.TeamMembers.Remove(member);
        await changes.RecordAsync(team, "member_removed", ct, details: new { userId = req.UserId });
        await Send.NoContentAsync(ct);
    }
}

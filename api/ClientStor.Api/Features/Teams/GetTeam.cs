namespace ClientStor.Api.Features.Teams;

/// <summary>One team.</summary>
public sealed class GetTeamEndpoint(ClientStorDbContext db) : Endpoint<TeamRequest, TeamResponse>
{
    public override void Configure()
    {
        Get("teams/{teamId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Get a team");
    }

    public override async Task HandleAsync(TeamRequest req, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().FindTeamAsync(req.TeamId, ct);
        await Send.ResourceAsync((await TeamCounts.ResponsesAsync(db, [team], ct))[0], ct);
    }
}

using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Teams;

public sealed class AddTeamMemberRequest : TeamRequest
{
    [References<User>] public Guid UserId { get; set; }
}

internal sealed class AddTeamMemberValidator : Validator<AddTeamMemberRequest>
{
    public AddTeamMemberValidator() => RuleFor(x => x.UserId).NotEmpty().WithMessage("Choose the user to add.");
}

/// <summary>Adds a user to a team: from their next request on they hold every role the team's grants give.</summary>
public sealed class AddTeamMemberEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<AddTeamMemberRequest, TeamMemberResponse>
{
    public override void Configure()
    {
        Post("teams/{teamId}/members");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Add a user to a team");
        Description(b => b.Produces<TeamMemberResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(AddTeamMemberRequest req, CancellationToken ct)
    {
        var team = await db.Teams.FindTeamAsync(req.TeamId, ct);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == req.UserId, ct);
        if (await db.TeamMembers.AnyAsync(m => m.TeamId == team.Id && m.UserId == user.Id, ct))
            throw new ConflictException($"{user.Email} is already in the team.", "userId");
        var member = new TeamMember { TeamId = team.Id, UserId = user.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.TeamMembers.Add(member);
        await changes.RecordAsync(team, "member_added", ct, details: new { userId = user.Id, user.Email });
        await Send.CreatedAsync(user.Id, new TeamMemberResponse
        {
            UserId = user.Id, Email = user.Email, DisplayName = user.DisplayName, IsActive = user.IsActive, AddedAt = member.CreatedAt,
            Etag = Platform.Http.ETags.For(member.Version),
        }, ct);
    }
}

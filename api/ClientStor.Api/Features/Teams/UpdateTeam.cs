using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Teams;

public sealed class UpdateTeamRequest : TeamRequest
{
    public string? Name { get; set; }
    public string? Description { get; set; }
}

internal sealed class UpdateTeamValidator : Validator<UpdateTeamRequest>
{
    public UpdateTeamValidator()
    {
        TeamNames.NameRules(this, x => x.Name, required: false);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

/// <summary>Renames a team or changes its description.</summary>
public sealed class UpdateTeamEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<UpdateTeamRequest, TeamResponse>
{
    public override void Configure()
    {
        Patch("teams/{teamId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Update a team");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(UpdateTeamRequest req, CancellationToken ct)
    {
        var team = await db.Teams.FindTeamAsync(req.TeamId, ct);
        HttpContext.CheckIfMatch(team);
        if (req.Name is not null && TeamNames.Normalize(req.Name) != team.NormalizedName)
        {
            if (await db.Teams.AnyAsync(t => t.NormalizedName == TeamNames.Normalize(req.Name) && t.Id != team.Id, ct))
                throw new ConflictException($"A team named '{req.Name.Trim()}' already exists.", "name");
            team.NormalizedName = TeamNames.Normalize(req.Name);
        }
        if (req.Name is not null) team.Name = req.Name.Trim();
        if (req.Description is not null) team.Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim();
        await changes.UpdatedAsync(team, ct);
        await Send.ResourceAsync((await TeamCounts.ResponsesAsync(db, [team], ct))[0], ct);
    }
}

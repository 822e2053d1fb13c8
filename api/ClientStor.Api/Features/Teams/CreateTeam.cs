namespace ClientStor.Api.Features.Teams;

public sealed class CreateTeamRequest
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

internal sealed class CreateTeamValidator : Validator<CreateTeamRequest>
{
    public CreateTeamValidator()
    {
        TeamNames.NameRules(this, x => x.Name, required: true);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

/// <summary>Creates a team (empty: add members and grants next).</summary>
public sealed class CreateTeamEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<CreateTeamRequest, TeamResponse>
{
    public override void Configure()
    {
        Post("teams");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Create a team");
        Description(b => b.Produces<TeamResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateTeamRequest req, CancellationToken ct)
    {
        var normalized = TeamNames.Normalize(req.Name);
        if (await db.Teams.AnyAsync(t => t.NormalizedName == normalized, ct))
            throw new ConflictException($"A team named '{req.Name.Trim()}' already exists.", "name");
        var now = DateTimeOffset.UtcNow;
        var team = new Team
        {
            Id = Guid.CreateVersion7(), Name = req.Name.Trim(), NormalizedName = normalized,
            Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim(), CreatedAt = now, UpdatedAt = now,
        };
        await changes.CreatedAsync(team, ct);
        await Send.CreatedAsync(team.Id, team.ToResponse(0, 0), ct);
    }
}

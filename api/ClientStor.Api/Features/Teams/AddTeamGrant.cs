using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Roles;

namespace ClientStor.Api.Features.Teams;

public sealed class AddTeamGrantRequest : TeamRequest
{
    /// <summary>The organisation; omit it (with a platform role) for every organisation, present and future.</summary>
    [References<Org>] public Guid? OrgId { get; set; }
    /// <summary>A platform role (the same everywhere)…</summary>
    [References<PlatformRole>] public Guid? PlatformRoleId { get; set; }
    /// <summary>…or one of the organisation's own roles (then <c>orgId</c> is required).</summary>
    [References<Role>] public Guid? RoleId { get; set; }
}

internal sealed class AddTeamGrantValidator : Validator<AddTeamGrantRequest>
{
    public AddTeamGrantValidator()
    {
        RuleFor(x => x).Must(x => (x.PlatformRoleId is null) != (x.RoleId is null)).OverridePropertyName("platformRoleId")
            .WithMessage("Give either platformRoleId (a platform role) or roleId (one of the organisation's roles).");
        RuleFor(x => x.OrgId).NotNull().When(x => x.RoleId is not null)
            .WithMessage("An organisation's own role is granted in that organisation: give its orgId.");
    }
}

/// <summary>
/// Gives a team a role in one organisation or in every organisation (including ones created later): each member holds
/// it from their next request on.
/// </summary>
public sealed class AddTeamGrantEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<AddTeamGrantRequest, TeamGrantResponse>
{
    public override void Configure()
    {
        Post("teams/{teamId}/grants");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Grant a team a role in an organisation or in every organisation");
        Description(b => b.Produces<TeamGrantResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(AddTeamGrantRequest req, CancellationToken ct)
    {
        var team = await db.Teams.FindTeamAsync(req.TeamId, ct);
        if (req.RoleId is { } roleId && await db.Roles.IgnoreQueryFilters().AnyAsync(r => r.Id == roleId && r.OrgId != req.OrgId, ct))
            throw new FieldErrorsException("roleId", "The role belongs to another organisation than orgId.");
        if (await db.TeamGrants.AnyAsync(g => g.TeamId == team.Id && g.OrgId == req.OrgId && g.RoleId == req.RoleId && g.PlatformRoleId == req.PlatformRoleId, ct))
            throw new ConflictException("The team already holds this role there.");
        var grant = new TeamGrant
        {
            Id = Guid.CreateVersion7(), TeamId = team.Id, OrgId = req.OrgId, PlatformRoleId = req.PlatformRoleId, RoleId = req.RoleId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.TeamGrants.Add(grant);
        await changes.RecordAsync(team, "grant_added", ct, orgId: req.OrgId,
            details: new { grant = grant.Id, orgId = req.OrgId, allOrgs = req.OrgId is null, req.PlatformRoleId, req.RoleId });
        await Send.CreatedAsync(grant.Id, (await TeamGrantReads.ForTeamAsync(db, team.Id, grant.Id, ct))[0], ct);
    }
}

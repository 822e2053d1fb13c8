using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Teams;

public sealed class ListTeamMembersRequest : SearchListRequest
{
    [RouteParam] public Guid TeamId { get; set; }
}

internal sealed class ListTeamMembersValidator : Validator<ListTeamMembersRequest>
{
    public static readonly SortCatalog<TeamMemberRow> Sorts = new("email", new SortKey<TeamMemberRow, string>("email", m => m.NormalizedEmail, m => m.UserId));

    public ListTeamMembersValidator() => Sorts.AddSearchListRules(this);
}

/// <summary>A member as listed: the user's name and email with the membership.</summary>
public sealed class TeamMemberRow
{
    public Guid UserId { get; set; }
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>A team's members, a page at a time.</summary>
public sealed class ListTeamMembersEndpoint(ClientStorDbContext db) : Endpoint<ListTeamMembersRequest, Page<TeamMemberResponse>>
{
    public override void Configure()
    {
        Get("teams/{teamId}/members");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List a team's members");
    }

    public override async Task HandleAsync(ListTeamMembersRequest req, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().FindTeamAsync(req.TeamId, ct);
        var query = db.TeamMembers.AsNoTracking().Where(m => m.TeamId == team.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamMemberRow
            {
                UserId = u.Id, Email = u.Email, NormalizedEmail = u.NormalizedEmail, DisplayName = u.DisplayName, IsActive = u.IsActive,
                AddedAt = m.CreatedAt, Version = m.Version,
            });
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(m => EF.Functions.ILike(m.Email, p, "\\") || EF.Functions.ILike(m.DisplayName, p, "\\"));
        }
        await Send.OkAsync(await ListTeamMembersValidator.Sorts.PageAsync(query, req, m => new TeamMemberResponse
        {
            UserId = m.UserId, Email = m.Email, DisplayName = m.DisplayName, IsActive = m.IsActive, AddedAt = m.AddedAt,
            Etag = Platform.Http.ETags.For(m.Version),
        }, ct), ct);
    }
}

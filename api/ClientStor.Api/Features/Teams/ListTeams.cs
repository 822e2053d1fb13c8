namespace ClientStor.Api.Features.Teams;

public sealed class ListTeamsRequest : SearchListRequest;

internal sealed class ListTeamsValidator : Validator<ListTeamsRequest>
{
    public static readonly SortCatalog<Team> Sorts = new("name", new SortKey<Team, string>("name", t => t.NormalizedName, t => t.Id));

    public ListTeamsValidator() => Sorts.AddSearchListRules(this);
}

/// <summary>The platform's teams with how many members and grants each has.</summary>
public sealed class ListTeamsEndpoint(ClientStorDbContext db) : Endpoint<ListTeamsRequest, Page<TeamResponse>>
{
    public override void Configure()
    {
        Get("teams");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List teams");
    }

    public override async Task HandleAsync(ListTeamsRequest req, CancellationToken ct)
    {
        var query = db.Teams.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(t => EF.Functions.ILike(t.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        var page = await ListTeamsValidator.Sorts.PageAsync(query, req, t => t, ct);
        await Send.OkAsync(new Page<TeamResponse> { Items = await TeamCounts.ResponsesAsync(db, page.Items, ct), NextCursor = page.NextCursor }, ct);
    }
}

internal static class TeamCounts
{
    /// <summary>The teams as responses, with their member and grant counts (two grouped counts for the page).</summary>
    public static async Task<List<TeamResponse>> ResponsesAsync(ClientStorDbContext db, IReadOnlyList<Team> teams, CancellationToken ct)
    {
        var ids = teams.Select(t => t.Id).ToList();
        var members = await db.TeamMembers.Where(m => ids.Contains(m.TeamId)).GroupBy(m => m.TeamId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var grants = await db.TeamGrants.Where(g => ids.Contains(g.TeamId)).GroupBy(g => g.TeamId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return teams.Select(t => t.ToResponse(members.GetValueOrDefault(t.Id), grants.GetValueOrDefault(t.Id))).ToList();
    }
}

using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Global search over floor plans in one statement: any part of the name (trigram index), or words of the name, the level
/// and the rooms' names (full-text index).
/// </summary>
internal sealed class FloorPlanSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "floor_plan";
    public string Label => "Floor plans";
    public string? Permission => "docs.read";
    public int Order => 37;

    /// <summary>Two branches with their own limits, as <see cref="ArticleSearch"/> explains: the name's trigram match (A = "name") and the full-text match.</summary>
    public IQueryable<SearchRow> Query(SearchQuery query, int source)
    {
        var rows = db.FloorPlans.AsNoTracking();
        if (query.OrgIds is { } orgIds)
            rows = rows.Where(d => orgIds.Contains(d.OrgId));
        var text = query.Text;
        var byName = db.FloorPlans.AsNoTracking().Matching(query)
            .Select(d => new SearchRow { Source = source, Id = d.Id, OrgId = d.OrgId, Title = d.Name, A = "name", B = d.Level, C = null, D = null, E = null });
        var byWords = rows.Where(d => EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .Take(query.Candidates)
            .Select(d => new SearchRow { Source = source, Id = d.Id, OrgId = d.OrgId, Title = d.Name, A = null, B = d.Level, C = null, D = null, E = null });
        return byName.Concat(byWords);
    }

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, row.B, [new SearchField("name", row.Title)], Matched: row.A is null ? new SearchField("rooms", null) : null);
}

namespace ClientStor.Api.Features.Racks;

/// <summary>Global search over racks: name and notes.</summary>
internal sealed class RackSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "rack";
    public string Label => "Racks";
    public string? Permission => "assets.read";
    public int Order => 90;

    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.Racks.AsNoTracking().Matching(query)
            .Select(r => new SearchRow { Source = source, Id = r.Id, OrgId = r.OrgId, Title = r.Name, A = r.Notes, B = r.HeightU.ToString(), C = null, D = null, E = null });

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, row.B + "U", [new("name", row.Title), new("notes", row.A)]);
}

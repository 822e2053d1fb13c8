namespace ClientStor.Api.Features.Locations;

/// <summary>Global search over sites, buildings and rooms: name and address.</summary>
internal sealed class LocationSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "location";
    public string Label => "Locations";
    public string? Permission => "assets.read";
    public int Order => 50;

    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.Locations.AsNoTracking().Matching(query)
            .Select(l => new SearchRow { Source = source, Id = l.Id, OrgId = l.OrgId, Title = l.Name, A = l.Address, B = l.Kind, C = null, D = null, E = null });

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, row.A ?? row.B, [new("name", row.Title), new("address", row.A)]);
}

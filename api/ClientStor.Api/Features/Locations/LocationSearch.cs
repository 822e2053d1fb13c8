namespace ClientStor.Api.Features.Locations;

/// <summary>Global search over sites, buildings and rooms: name and address.</summary>
internal sealed class LocationSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "location";
    public string Label => "Locations";
    public string? Permission => "assets.read";
    public int Order => 50;

    public Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        db.Locations.AsNoTracking().Matching(query)
            .Select(l => new SearchCandidate(l.Id, l.OrgId, l.Name, l.Address ?? l.Kind,
                new SearchField[] { new("name", l.Name), new("address", l.Address) }, null))
            .ToListAsync(ct);
}

namespace ClientStor.Api.Features.Racks;

/// <summary>Global search over racks: name and notes.</summary>
internal sealed class RackSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "rack";
    public string Label => "Racks";
    public string? Permission => "assets.read";
    public int Order => 90;

    public Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        db.Racks.AsNoTracking().Matching(query)
            .Select(r => new SearchCandidate(r.Id, r.OrgId, r.Name, r.HeightU + "U",
                new SearchField[] { new("name", r.Name), new("notes", r.Notes) }, null))
            .ToListAsync(ct);
}

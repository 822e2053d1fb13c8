namespace ClientStor.Api.Features.Contacts;

/// <summary>Global search over a client's people: name, email, phone and role.</summary>
internal sealed class ContactSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "contact";
    public string Label => "Contacts";
    public string? Permission => "assets.read";
    public int Order => 40;

    public Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        db.Contacts.AsNoTracking().Matching(query)
            .Select(c => new SearchCandidate(c.Id, c.OrgId, c.Name, c.Role ?? c.Email,
                new SearchField[] { new("name", c.Name), new("email", c.Email), new("phone", c.Phone), new("role", c.Role) }, null))
            .ToListAsync(ct);
}

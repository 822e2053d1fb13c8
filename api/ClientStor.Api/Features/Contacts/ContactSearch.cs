namespace ClientStor.Api.Features.Contacts;

/// <summary>Global search over a client's people: name, email, phone and role.</summary>
internal sealed class ContactSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "contact";
    public string Label => "Contacts";
    public string? Permission => "assets.read";
    public int Order => 40;

    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.Contacts.AsNoTracking().Matching(query)
            .Select(c => new SearchRow { Source = source, Id = c.Id, OrgId = c.OrgId, Title = c.Name, A = c.Email, B = c.Phone, C = c.Role, D = null, E = null });

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, row.C ?? row.A, [new("name", row.Title), new("email", row.A), new("phone", row.B), new("role", row.C)]);
}

namespace ClientStor.Api.Features.Vault;

/// <summary>Global search over credentials: name, username and URL — the metadata the list shows, never a secret.</summary>
internal sealed class CredentialSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "credential";
    public string Label => "Credentials";
    public string? Permission => "vault.read";
    public int Order => 30;

    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.Credentials.AsNoTracking().Matching(query)
            .Select(c => new SearchRow { Source = source, Id = c.Id, OrgId = c.OrgId, Title = c.Name, A = c.Username, B = c.Url, C = null, D = null, E = null });

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, row.A ?? row.B, [new("name", row.Title), new("username", row.A), new("url", row.B)]);
}

namespace ClientStor.Api.Features.Vault;

/// <summary>Global search over credentials: name, username and URL — the metadata the list shows, never a secret.</summary>
internal sealed class CredentialSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "credential";
    public string Label => "Credentials";
    public string? Permission => "vault.read";
    public int Order => 30;

    public Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        db.Credentials.AsNoTracking().Matching(query)
            .Select(c => new SearchCandidate(c.Id, c.OrgId, c.Name, c.Username ?? c.Url,
                new SearchField[] { new("name", c.Name), new("username", c.Username), new("url", c.Url) }, null))
            .ToListAsync(ct);
}

namespace ClientStor.Api.Features.Orgs;

/// <summary>Global search over the organisations themselves (clients): name and slug. Seeing an organisation is enough.</summary>
internal sealed class OrgSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "org";
    public string Label => "Organisations";
    public string? Permission => null;
    public int Order => 10;

    public Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct)
    {
        var orgs = db.Orgs.AsNoTracking();
        if (query.OrgIds is { } orgIds) orgs = orgs.Where(o => orgIds.Contains(o.Id));
        var pattern = query.Contains;
        // Organisations are few (hundreds, not hundreds of thousands): no search column, a case-insensitive match.
        return orgs.Where(o => EF.Functions.ILike(o.Name, pattern, "\\") || EF.Functions.ILike(o.Slug, pattern, "\\"))
            .Take(query.Candidates)
            .Select(o => new SearchCandidate(o.Id, o.Id, o.Name, o.Status == OrgStatus.Archived ? "Archived" : o.Slug,
                new SearchField[] { new("name", o.Name), new("slug", o.Slug) }, null))
            .ToListAsync(ct);
    }
}

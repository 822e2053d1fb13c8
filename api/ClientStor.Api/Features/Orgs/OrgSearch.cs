namespace ClientStor.Api.Features.Orgs;

/// <summary>Global search over the organisations themselves (clients): name and slug. Seeing an organisation is enough.</summary>
internal sealed class OrgSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "org";
    public string Label => "Organisations";
    public string? Permission => null;
    public int Order => 10;

    public IQueryable<SearchRow> Query(SearchQuery query, int source)
    {
        var orgs = db.Orgs.AsNoTracking();
        if (query.OrgIds is { } orgIds) orgs = orgs.Where(o => orgIds.Contains(o.Id));
        var pattern = query.Contains;
        // Organisations are few (hundreds, not hundreds of thousands): no search column, a case-insensitive match.
        return orgs.Where(o => EF.Functions.ILike(o.Name, pattern, "\\") || EF.Functions.ILike(o.Slug, pattern, "\\"))
            .Take(query.Candidates)
            .Select(o => new SearchRow { Source = source, Id = o.Id, OrgId = o.Id, Title = o.Name, A = o.Slug, B = o.Status == OrgStatus.Archived ? "Archived" : null, C = null, D = null, E = null });
    }

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, row.B ?? row.A, [new("name", row.Title), new("slug", row.A)]);
}

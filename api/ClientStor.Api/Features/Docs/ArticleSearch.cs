using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Global search over articles in one statement: any part of the title (trigram index), or words of the title and body
/// (full-text index, English stemming: "backups" finds "backup"; web search syntax).
/// </summary>
internal sealed class ArticleSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "article";
    public string Label => "Articles";
    public string? Permission => "docs.read";
    public int Order => 35;

    public async Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct)
    {
        var rows = db.Articles.AsNoTracking();
        if (query.OrgIds is { } orgIds)
            rows = rows.Where(a => orgIds.Contains(a.OrgId));
        var pattern = query.Contains;
        var text = query.Text;
        var found = await rows
            .Where(a => EF.Functions.Like(EF.Property<string>(a, SearchColumn.Property), pattern)
                || EF.Property<NpgsqlTsVector>(a, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .Take(query.Candidates)
            .Select(a => new { a.Id, a.OrgId, a.Title, a.Tags, InTitle = EF.Functions.Like(EF.Property<string>(a, SearchColumn.Property), pattern) })
            .ToListAsync(ct);
        return [.. found.Select(a => new SearchCandidate(a.Id, a.OrgId, a.Title, a.Tags.Count > 0 ? string.Join(", ", a.Tags) : null,
            [new SearchField("title", a.Title)], Matched: a.InTitle ? null : new SearchField("body", text)))];
    }
}

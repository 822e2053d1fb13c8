using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Global search over articles in one statement: any part of the title (trigram index), or words of the title and body
/// (full-text index, English stemming: "backups" finds "backup"; web search syntax).
/// </summary>
internal sealed class ArticleSearch(ClientStorDbContext db) : ISearchProvider, ISearchSnippets
{
    public string Type => "article";
    public string Label => "Articles";
    public string? Permission => "docs.read";
    public int Order => 35;

    /// <summary>
    /// Two branches, each with its own limit: the title's trigram match (A = "title") and the full-text match of title and
    /// body. One <c>OR</c> of both made the planner read the table front to back hoping to meet the limit early, which for
    /// a rare word means every row (measured: 713 ms over 50,000 articles); apart, each uses its GIN index.
    /// B: the tags.
    /// </summary>
    public IQueryable<SearchRow> Query(SearchQuery query, int source)
    {
        var rows = db.Articles.AsNoTracking();
        if (query.OrgIds is { } orgIds)
            rows = rows.Where(a => orgIds.Contains(a.OrgId));
        var text = query.Text;
        var byTitle = db.Articles.AsNoTracking().Matching(query)
            .Select(a => new SearchRow { Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.Title, A = "title", B = string.Join(", ", a.Tags), C = null, D = null, E = null });
        var byWords = rows.Where(a => EF.Property<NpgsqlTsVector>(a, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .Take(query.Candidates)
            .Select(a => new SearchRow { Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.Title, A = null, B = string.Join(", ", a.Tags), C = null, D = null, E = null });
        return byTitle.Concat(byWords);
    }

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, string.IsNullOrEmpty(row.B) ? null : row.B, [new SearchField("title", row.Title)],
            Matched: row.A is null ? new SearchField("body", null) : null);

    public Task<Dictionary<Guid, Snippet>> SnippetsAsync(IReadOnlyList<Guid> ids, string text, CancellationToken ct) => ArticleSnippets.ForAsync(db.Articles, ids, text, ct);
}

/// <summary>Passages of article bodies around the words a full-text search matched (<c>ts_headline</c>).</summary>
public static class ArticleSnippets
{
    private static readonly string Options = $"MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \", StartSel={Snippet.Start}, StopSel={Snippet.Stop}";

    public static async Task<Dictionary<Guid, Snippet>> ForAsync(IQueryable<Article> articles, IReadOnlyList<Guid> ids, string text, CancellationToken ct)
    {
        var options = Options;
        var rows = await articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Headline = EF.Functions.WebSearchToTsQuery("english", text).GetResultHeadline("english", a.Body, options) })
            .ToListAsync(ct);
        return rows.Where(r => r.Headline.Contains(Snippet.Start)).ToDictionary(r => r.Id, r => Snippet.FromMarked(r.Headline));
    }
}

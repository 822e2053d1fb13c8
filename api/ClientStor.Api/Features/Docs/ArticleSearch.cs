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

    /// <summary>A: "title" when the title matched, B: the tags.</summary>
    public IQueryable<SearchRow> Query(SearchQuery query, int source)
    {
        var rows = db.Articles.AsNoTracking();
        if (query.OrgIds is { } orgIds)
            rows = rows.Where(a => orgIds.Contains(a.OrgId));
        var pattern = query.Contains;
        var text = query.Text;
        return rows
            .Where(a => EF.Functions.Like(EF.Property<string>(a, SearchColumn.Property), pattern)
                || EF.Property<NpgsqlTsVector>(a, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .Take(query.Candidates)
            .Select(a => new SearchRow
            {
                Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.Title,
                A = EF.Functions.Like(EF.Property<string>(a, SearchColumn.Property), pattern) ? "title" : null, B = string.Join(", ", a.Tags), C = null, D = null, E = null,
            });
    }

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, string.IsNullOrEmpty(row.B) ? null : row.B, [new SearchField("title", row.Title)],
            Matched: row.A is null ? new SearchField("body", null) : null);
}

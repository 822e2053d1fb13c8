namespace ClientStor.Api.Features.Docs;

public sealed class ListArticleRevisionsRequest : IListRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>-number</c> (newest first, the default) or <c>number</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListArticleRevisionsValidator : Validator<ListArticleRevisionsRequest>
{
    public static readonly SortCatalog<ArticleRevision> Sorts = new("-number", new SortKey<ArticleRevision, int>("number", r => r.Number, r => r.Id));

    public ListArticleRevisionsValidator() => Sorts.AddListRules(this);
}

/// <summary>Every saved state of an article, newest first: who wrote it, when, and what they said it changed.</summary>
public sealed class ListArticleRevisionsEndpoint(ClientStorDbContext db, CurrentOrg org)
    : Endpoint<ListArticleRevisionsRequest, Page<ArticleRevisionResponse>>
{
    public override void Configure()
    {
        Get("docs/articles/{articleId}/revisions");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List an article's revisions");
    }

    public override async Task HandleAsync(ListArticleRevisionsRequest req, CancellationToken ct)
    {
        await db.Articles.AsNoTracking().FindInOrgAsync(org.Id, req.ArticleId, ct);
        var query = db.ArticleRevisions.AsNoTracking().Where(r => r.OrgId == org.Id && r.ArticleId == req.ArticleId);
        await Send.OkAsync(await ListArticleRevisionsValidator.Sorts.PageAsync(query, req, DocsMapper.ToResponse, ct), ct);
    }
}

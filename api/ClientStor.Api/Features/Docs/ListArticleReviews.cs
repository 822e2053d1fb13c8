namespace ClientStor.Api.Features.Docs;

public sealed class ListArticleReviewsRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>createdAt</c> (oldest first, the default) or <c>-createdAt</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListArticleReviewsValidator : Validator<ListArticleReviewsRequest>
{
    public static readonly SortCatalog<ArticleReviewResponse> Sorts = new("createdAt",
        new SortKey<ArticleReviewResponse, DateTimeOffset>("createdAt", r => r.CreatedAt, r => r.RevisionId));

    public ListArticleReviewsValidator() => Sorts.AddListRules(this);
}

/// <summary>A change waiting for review, with the article it belongs to.</summary>
public sealed class ArticleReviewResponse
{
    public required Guid RevisionId { get; set; }
    public required Guid ArticleId { get; set; }
    /// <summary>The article's published title.</summary>
    public required string ArticleTitle { get; set; }
    public required int Number { get; set; }
    /// <summary>The draft's title (it may rename the article).</summary>
    public required string Title { get; set; }
    public required string? Summary { get; set; }
    public required int? BaseRevision { get; set; }
    /// <summary>The article's published revision now: when it differs from <c>baseRevision</c>, someone published meanwhile.</summary>
    public required int PublishedRevision { get; set; }
    public required string AuthorName { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The review queue: every change to the organisation's articles waiting for a holder of <c>docs.publish</c>.</summary>
public sealed class ListArticleReviewsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListArticleReviewsRequest, Page<ArticleReviewResponse>>
{
    public override void Configure()
    {
        Get("docs/reviews");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List the changes waiting for review");
    }

    public override async Task HandleAsync(ListArticleReviewsRequest req, CancellationToken ct)
    {
        var rows =
            from r in db.ArticleRevisions.AsNoTracking().Where(r => r.OrgId == org.Id && r.Status == ArticleRevisionStatus.Pending)
            join a in db.Articles.AsNoTracking() on r.ArticleId equals a.Id
            select new ArticleReviewResponse
            {
                RevisionId = r.Id, ArticleId = a.Id, ArticleTitle = a.Title, Number = r.Number, Title = r.Title, Summary = r.Summary, BaseRevision = r.BaseRevision,
                PublishedRevision = a.Revision, AuthorName = r.AuthorName, CreatedAt = r.CreatedAt,
            };
        await Send.OkAsync(await ListArticleReviewsValidator.Sorts.PageAsync(rows, req, r => r, ct), ct);
    }
}

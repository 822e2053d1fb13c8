using ClientStor.Api.Platform.Http;

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

public sealed class ReviewArticleRevisionRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
    [RouteParam] public int Number { get; set; }
    /// <summary>Said to the author; required when rejecting.</summary>
    public string? Comment { get; set; }
}

internal sealed class ReviewArticleRevisionValidator : Validator<ReviewArticleRevisionRequest>
{
    public ReviewArticleRevisionValidator() => RuleFor(x => x.Comment).MaximumLength(2000);
}

internal static class ArticleReview
{
    /// <summary>The article (If-Match honoured when given) and its pending revision, or 404/409.</summary>
    public static async Task<(Article Article, ArticleRevision Revision)> LoadAsync(ClientStorDbContext db, HttpContext http, Guid orgId, ReviewArticleRevisionRequest req,
        CancellationToken ct)
    {
        var article = await db.Articles.FindInOrgAsync(orgId, req.ArticleId, ct);
        if (!string.IsNullOrEmpty(http.Request.Headers.IfMatch))
            http.CheckIfMatch(article);
        var revision = await db.ArticleRevisions.FirstOrDefaultAsync(r => r.OrgId == orgId && r.ArticleId == req.ArticleId && r.Number == req.Number, ct)
            ?? throw new NotFoundException($"The article has no revision {req.Number}.");
        if (revision.Status != ArticleRevisionStatus.Pending)
            throw new ConflictException($"Revision {req.Number} is {revision.Status}, not waiting for review.");
        return (article, revision);
    }

    public static void Stamp(ArticleRevision revision, ArticleAuthor reviewer, string? comment)
    {
        revision.ReviewedById = reviewer.Id;
        revision.ReviewedByName = reviewer.Name;
        revision.ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        revision.ReviewedAt = DateTimeOffset.UtcNow;
    }
}

/// <summary>
/// Publishes a draft: its title and body become the article's (readers see them from now on). A draft written on an older
/// published revision than the current one is refused (409): compare it with the current text and submit it again.
/// </summary>
public sealed class ApproveArticleRevisionEndpoint(ClientStorDbContext db, ArticleWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<ReviewArticleRevisionRequest, ArticleResponse>
{
    public override void Configure()
    {
        Post("docs/articles/{articleId}/revisions/{number}/approve");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.publish");
        Summary(s => s.Summary = "Approve a change waiting for review");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ReviewArticleRevisionRequest req, CancellationToken ct)
    {
        var (article, revision) = await ArticleReview.LoadAsync(db, HttpContext, org.Id, req, ct);
        if (revision.BaseRevision != article.Revision)
            throw new ConflictException($"Revision {revision.Number} was written on revision {revision.BaseRevision}, but revision {article.Revision} has been published since: " +
                "compare them, and have the change made again on the current text.");
        var reviewer = await writer.CallerAsync(ct);
        ArticleReview.Stamp(revision, reviewer, req.Comment);
        writer.Publish(article, revision, reviewer);
        await changes.UpdatedAsync(article, ct, action: "approved", details: new { revision = revision.Number, author = revision.AuthorName, comment = revision.ReviewComment },
            always: true);
        await Send.ResourceAsync(await writer.ResponseAsync(article, ct), ct);
    }
}

/// <summary>Rejects a draft with a comment to its author; the article stays as published.</summary>
public sealed class RejectArticleRevisionEndpoint(ClientStorDbContext db, ArticleWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<ReviewArticleRevisionRequest, ArticleResponse>
{
    public override void Configure()
    {
        Post("docs/articles/{articleId}/revisions/{number}/reject");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.publish");
        Summary(s => s.Summary = "Reject a change waiting for review");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ReviewArticleRevisionRequest req, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(req.Comment))
            throw new FieldErrorsException("comment", "Say why the change is rejected: the author reads it.");
        var (article, revision) = await ArticleReview.LoadAsync(db, HttpContext, org.Id, req, ct);
        ArticleReview.Stamp(revision, await writer.CallerAsync(ct), req.Comment);
        revision.Status = ArticleRevisionStatus.Rejected;
        await changes.RecordAsync(article, "rejected", ct, details: new { revision = revision.Number, author = revision.AuthorName, comment = revision.ReviewComment });
        await Send.ResourceAsync(await writer.ResponseAsync(article, ct), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

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
        Description(b => b.WithMetadata(new ProblemResponses(409)).WithMetadata(HonoursIfMatch.Instance));
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

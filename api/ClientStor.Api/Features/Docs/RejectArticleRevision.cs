using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

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
        Description(b => b.WithMetadata(new ProblemResponses(409)).WithMetadata(HonoursIfMatch.Instance));
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

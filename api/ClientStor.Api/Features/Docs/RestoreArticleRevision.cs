using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

public sealed class RestoreArticleRevisionRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>
/// Makes an earlier revision's title and body current again by writing them as a new revision (history is never rewritten).
/// Honours <c>If-Match</c> like an edit.
/// </summary>
public sealed class RestoreArticleRevisionEndpoint(ClientStorDbContext db, ArticleWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<RestoreArticleRevisionRequest, ArticleResponse>
{
    public override void Configure()
    {
        Post("docs/articles/{articleId}/revisions/{number}/restore");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Restore a revision of an article");
        Description(b => b.WithMetadata(new ProblemResponses(409)).WithMetadata(HonoursIfMatch.Instance));
    }

    public override async Task HandleAsync(RestoreArticleRevisionRequest req, CancellationToken ct)
    {
        var article = await db.Articles.FindInOrgAsync(org.Id, req.ArticleId, ct);
        HttpContext.CheckIfMatch(article);
        var old = await ArticleRevisionLookup.FindAsync(db, org.Id, req.ArticleId, req.Number, ct);
        var revision = writer.Revise(article, old.Title, old.Body, $"Restored revision {old.Number}", await writer.CallerAsync(ct), restoredFrom: old.Number,
                publish: await writer.PublishesAsync(article, ct))
            ?? throw new ConflictException($"The article already reads as revision {old.Number}.");
        var draft = revision.Status == ArticleRevisionStatus.Pending;
        await changes.UpdatedAsync(article, ct, action: draft ? "draft_submitted" : "restored", details: new { revision = revision.Number, restoredFrom = old.Number }, always: true);
        await Send.ResourceAsync(await writer.ResponseAsync(article, ct), ct);
    }
}

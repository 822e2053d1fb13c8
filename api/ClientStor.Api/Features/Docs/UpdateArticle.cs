using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Changes an article (<c>If-Match</c> required to be current: a stale etag answers 412, so an edit made on top of someone
/// else's never overwrites it silently). A new title or body adds a revision; the audit row names it. Where the organisation
/// requires review and the caller lacks <c>docs.publish</c>, a changed title or body of a published article becomes a draft
/// (listed in <c>pendingRevisions</c>) and readers keep seeing the published text until it is approved.
/// </summary>
public sealed class UpdateArticleEndpoint(ClientStorDbContext db, ArticleWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<UpdateArticleRequest, ArticleResponse>
{
    public override void Configure()
    {
        Patch("docs/articles/{articleId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Update an article");
    }

    public override async Task HandleAsync(UpdateArticleRequest req, CancellationToken ct)
    {
        var article = await db.Articles.FindInOrgAsync(org.Id, req.ArticleId, ct);
        HttpContext.CheckIfMatch(article);
        req.ApplyMetadataTo(article);
        if (req.ClearFolder == true) article.FolderId = null;
        var revision = writer.Revise(article, req.Title, req.Body, req.Summary, await writer.CallerAsync(ct), publish: await writer.PublishesAsync(article, ct));
        var draft = revision?.Status == ArticleRevisionStatus.Pending;
        await changes.UpdatedAsync(article, ct, action: draft ? "draft_submitted" : null,
            details: revision is null ? null : new { revision = revision.Number, summary = revision.Summary }, always: revision is not null);
        await Send.ResourceAsync(await writer.ResponseAsync(article, ct), ct);
    }
}

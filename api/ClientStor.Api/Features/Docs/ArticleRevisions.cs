using ClientStor.Api.Platform.Http;

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

public sealed class GetArticleRevisionRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>One revision of an article: its title, Markdown and the HTML it renders to.</summary>
public sealed class GetArticleRevisionEndpoint(ClientStorDbContext db, ArticleRenderer renderer, CurrentOrg org)
    : Endpoint<GetArticleRevisionRequest, ArticleRevisionContentResponse>
{
    public override void Configure()
    {
        Get("docs/articles/{articleId}/revisions/{number}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a revision of an article");
    }

    public override async Task HandleAsync(GetArticleRevisionRequest req, CancellationToken ct)
    {
        var revision = await ArticleRevisionLookup.FindAsync(db, org.Id, req.ArticleId, req.Number, ct);
        await Send.OkAsync(revision.ToContent(renderer.Render(revision.Body, org.Id).Html), ct);
    }
}

internal static class ArticleRevisionLookup
{
    /// <summary>The revision, or 404 when the article is not in the organisation or has no revision of that number.</summary>
    public static async Task<ArticleRevision> FindAsync(ClientStorDbContext db, Guid orgId, Guid articleId, int number, CancellationToken ct) =>
        await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.OrgId == orgId && r.ArticleId == articleId && r.Number == number, ct)
        ?? throw new NotFoundException($"The article has no revision {number}.");
}

public sealed class DiffArticleRevisionsRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
    /// <summary>The older revision's number.</summary>
    [QueryParam] public int From { get; set; }
    /// <summary>The newer revision's number.</summary>
    [QueryParam] public int To { get; set; }
}

internal sealed class DiffArticleRevisionsValidator : Validator<DiffArticleRevisionsRequest>
{
    public DiffArticleRevisionsValidator()
    {
        RuleFor(x => x.From).GreaterThan(0).WithMessage("from is a revision number (1 or more).");
        RuleFor(x => x.To).GreaterThan(0).WithMessage("to is a revision number (1 or more).");
    }
}

/// <summary>What changed between two revisions of an article, word by word, computed on the server.</summary>
public sealed class DiffArticleRevisionsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<DiffArticleRevisionsRequest, ArticleDiffResponse>
{
    public override void Configure()
    {
        Get("docs/articles/{articleId}/diff");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Compare two revisions of an article");
    }

    public override async Task HandleAsync(DiffArticleRevisionsRequest req, CancellationToken ct)
    {
        var from = await ArticleRevisionLookup.FindAsync(db, org.Id, req.ArticleId, req.From, ct);
        var to = await ArticleRevisionLookup.FindAsync(db, org.Id, req.ArticleId, req.To, ct);
        var body = ArticleDiff.Words(from.Body, to.Body);
        static int Words(IEnumerable<DiffPart> parts) => parts.Sum(p => p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        await Send.OkAsync(new ArticleDiffResponse
        {
            From = from.ToResponse(), To = to.ToResponse(), Title = ArticleDiff.Words(from.Title, to.Title), Body = body,
            Insertions = Words(body.Where(p => p.Op == ArticleDiff.Insert)), Deletions = Words(body.Where(p => p.Op == ArticleDiff.Delete)),
        }, ct);
    }
}

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
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(RestoreArticleRevisionRequest req, CancellationToken ct)
    {
        var article = await db.Articles.FindInOrgAsync(org.Id, req.ArticleId, ct);
        if (!string.IsNullOrEmpty(HttpContext.Request.Headers.IfMatch))
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

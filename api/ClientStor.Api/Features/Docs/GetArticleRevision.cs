namespace ClientStor.Api.Features.Docs;

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

namespace ClientStor.Api.Features.Docs;

public sealed class GetArticleRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
}

/// <summary>An article with its Markdown, its sanitised HTML and what it links to.</summary>
public sealed class GetArticleEndpoint(ClientStorDbContext db, ArticleWriter writer, CurrentOrg org) : Endpoint<GetArticleRequest, ArticleResponse>
{
    public override void Configure()
    {
        Get("docs/articles/{articleId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get an article");
    }

    public override async Task HandleAsync(GetArticleRequest req, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FindInOrgAsync(org.Id, req.ArticleId, ct);
        await Send.ResourceAsync(await writer.ResponseAsync(article, ct), ct);
    }
}

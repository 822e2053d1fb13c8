namespace ClientStor.Api.Features.Docs;

/// <summary>Creates an article and its first revision, optionally from a template.</summary>
public sealed class CreateArticleEndpoint(ClientStorDbContext db, ArticleWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<CreateArticleRequest, ArticleResponse>
{
    public override void Configure()
    {
        Post("docs/articles");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Create an article");
        Description(b => b.Produces<ArticleResponse>(201));
    }

    public override async Task HandleAsync(CreateArticleRequest req, CancellationToken ct)
    {
        var body = req.Body;
        List<string>? templateTags = null;
        if (body is null && req.Template is not null)
            body = BuiltInArticleTemplates.Find(req.Template)!.Body;
        if (req.TemplateArticleId is { } templateId)
        {
            var template = await db.Articles.AsNoTracking().Where(a => a.OrgId == org.Id && a.Id == templateId).Select(a => new { a.Body, a.Tags }).FirstAsync(ct);
            body ??= template.Body;
            templateTags = template.Tags;
        }
        var author = await writer.CallerAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var article = new Article { Id = Guid.CreateVersion7(), OrgId = org.Id, CreatedById = author.Id, UpdatedById = author.Id, CreatedAt = now, UpdatedAt = now };
        if (templateTags is not null && req.Tags is null) article.Tags = templateTags;
        req.ApplyMetadataTo(article);
        writer.Revise(article, req.Title, body ?? "", req.Summary ?? "Created", author);
        await changes.CreatedAsync(article, ct, details: new { revision = article.Revision, template = req.Template ?? (object?)req.TemplateArticleId });
        await Send.CreatedAsync(article.Id, await writer.ResponseAsync(article, ct, created: true), ct);
    }
}

namespace ClientStor.Api.Features.Docs;

public sealed class ArticleTemplateList
{
    public required IReadOnlyList<ArticleTemplateResponse> Items { get; init; }
}

/// <summary>
/// The built-in templates (a fixed, short list). The organisation's own template articles are listed by
/// <c>GET …/docs/articles?templates=true</c>, a page at a time.
/// </summary>
public sealed class ListArticleTemplatesEndpoint : EndpointWithoutRequest<ArticleTemplateList>
{
    public override void Configure()
    {
        Get("docs/templates");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List the built-in article templates");
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(new ArticleTemplateList
    {
        Items = [.. BuiltInArticleTemplates.All.Select(t => new ArticleTemplateResponse { Key = t.Key, ArticleId = null, Title = t.Title, Description = t.Description, Body = t.Body })],
    }, ct);
}

namespace ClientStor.Api.Features.Docs;

public sealed class PreviewArticleRequest
{
    /// <summary>The Markdown to render.</summary>
    public string? Body { get; set; }
}

internal sealed class PreviewArticleValidator : Validator<PreviewArticleRequest>
{
    public PreviewArticleValidator() =>
        RuleFor(x => x.Body).NotNull().WithMessage("Give the Markdown to render as body.").MaximumLength(ArticleRules.MaxBody);
}

public sealed class PreviewArticleResponse
{
    /// <summary>The body as an article would show it: rendered and sanitised by the same code a save uses.</summary>
    public required string Html { get; set; }
}

/// <summary>Renders Markdown as a saved article would be rendered, without saving anything (the editor's live preview).</summary>
public sealed class PreviewArticleEndpoint(ArticleRenderer renderer, CurrentOrg org) : Endpoint<PreviewArticleRequest, PreviewArticleResponse>
{
    public override void Configure()
    {
        Post("docs/preview");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Preview an article's Markdown");
        Description(b => b.Produces<PreviewArticleResponse>(200));
    }

    public override Task HandleAsync(PreviewArticleRequest req, CancellationToken ct) =>
        Send.OkAsync(new PreviewArticleResponse { Html = renderer.Render(req.Body!, org.Id).Html }, ct);
}

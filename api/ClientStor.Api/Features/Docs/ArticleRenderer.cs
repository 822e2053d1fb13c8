using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Markdown (CommonMark with tables, task lists, strikethrough and autolinks) to HTML that is safe to put into the SPA's
/// page: Markdig renders, HtmlSanitizer keeps an allow-list of tags, attributes and URL schemes (http, https, mailto and
/// relative links; never <c>javascript:</c> or <c>data:</c>), so a script, an event handler or an embedded SVG written into
/// an article never reaches a reader's browser. Links to other articles are written <c>article:&lt;id&gt;</c>: they point
/// at the id, so renaming an article never breaks them. <c>![caption](diagram:&lt;id&gt;)</c> embeds a diagram: a link to its page
/// with the class <c>diagram-embed</c>, which the SPA shows as the diagram's preview image.
/// </summary>
public sealed class ArticleRenderer
{
    public const string ArticleScheme = "article:";
    public const string DiagramScheme = "diagram:";

    /// <summary>The class of a diagram embedded with <c>![caption](diagram:&lt;id&gt;)</c>: a link to the diagram the SPA shows as its preview image.</summary>
    public const string DiagramEmbedClass = "diagram-embed";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "pre", "kbd",
        "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "span", "div", "details", "summary", "figure", "figcaption", "input",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "id", "class", "align", "colspan", "rowspan", "start", "type", "checked", "disabled"];

    private readonly HtmlSanitizer sanitizer;

    public ArticleRenderer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            switch (e.Node)
            {
                // Only the task list's read-only check boxes are inputs.
                case IHtmlInputElement input when input.Type != "checkbox":
                    input.Remove();
                    break;
                case IHtmlInputElement input:
                    input.SetAttribute("disabled", "");
                    break;
                case IHtmlAnchorElement a when a.GetAttribute("href") is { } href && !href.StartsWith('/') && !href.StartsWith('#'):
                    a.SetAttribute("rel", "noopener noreferrer nofollow");
                    a.SetAttribute("target", "_blank");
                    break;
            }
            // Classes only as Markdig writes them (code languages, task lists): an author cannot dress text as the app's buttons.
            if (e.Node is IElement el && el.GetAttribute("class") is { } cls &&
                !cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(c => c.StartsWith("language-", StringComparison.Ordinal) || c is "task-list-item" or "contains-task-list" or "task-list-item-checkbox" or DiagramEmbedClass))
                el.RemoveAttribute("class");
        };
    }

    /// <summary>The HTML of <paramref name="markdown"/>, with article links pointing at the SPA's page of the article.</summary>
    public RenderedArticle Render(string markdown, Guid orgId)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var linked = new List<Guid>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith(ArticleScheme, StringComparison.OrdinalIgnoreCase))
            {
                if (Guid.TryParse(url.AsSpan(ArticleScheme.Length), out var id))
                {
                    linked.Add(id);
                    link.Url = $"/orgs/{orgId}/docs/articles/{id}";
                }
                else
                    link.Url = "#";
            }
            else if (link.Url is { } target && target.StartsWith(DiagramScheme, StringComparison.OrdinalIgnoreCase))
            {
                var valid = Guid.TryParse(target.AsSpan(DiagramScheme.Length), out var id);
                link.Url = valid ? $"/orgs/{orgId}/docs/diagrams/{id}" : "#";
                // Never an <img> of the server's making: the SPA fetches the preview with the reader's token and shows it as an image.
                if (link.IsImage)
                {
                    link.IsImage = false;
                    if (valid)
                        link.GetAttributes().AddClass(DiagramEmbedClass);
                }
            }
        }
        var html = sanitizer.Sanitize(document.ToHtml(Pipeline));
        return new RenderedArticle(html, [.. linked.Distinct()]);
    }
}

public sealed record RenderedArticle(string Html, List<Guid> LinkedArticleIds);

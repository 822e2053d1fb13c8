using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

public sealed class ListArticlesRequest : SearchListRequest
{
    /// <summary>Only the articles directly in this folder.</summary>
    [QueryParam] public Guid? FolderId { get; set; }
    /// <summary>Only articles in no folder.</summary>
    [QueryParam] public bool? Unfiled { get; set; }
    [QueryParam] public string? Tag { get; set; }
    /// <summary>true: only template articles; false: none of them.</summary>
    [QueryParam] public bool? Templates { get; set; }
    /// <summary>Only articles about this asset.</summary>
    [QueryParam] public Guid? AssetId { get; set; }
    [QueryParam] public Guid? CredentialId { get; set; }
    [QueryParam] public Guid? ContactId { get; set; }
}

internal sealed class ListArticlesValidator : Validator<ListArticlesRequest>
{
    public static readonly SortCatalog<ArticleListRow> Sorts = new("title",
        new SortKey<ArticleListRow, string>("title", a => a.Title, a => a.Id),
        new SortKey<ArticleListRow, DateTimeOffset>("updatedAt", a => a.UpdatedAt, a => a.Id));

    public ListArticlesValidator()
    {
        Sorts.AddSearchListRules(this);
        RuleFor(x => x.Tag).MaximumLength(50);
    }
}

/// <summary>
/// The organisation's articles, without bodies. <c>q</c> matches words of the title or body (PostgreSQL full text, web
/// search syntax: <c>"exact phrase"</c>, <c>-word</c>, <c>or</c>) or any part of the title; each item then carries the
/// passage of its body where the words were found (<c>snippet</c>).
/// </summary>
public sealed class ListArticlesEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListArticlesRequest, Page<ArticleSummaryResponse>>
{
    public override void Configure()
    {
        Get("docs/articles");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List articles");
    }

    public override async Task HandleAsync(ListArticlesRequest req, CancellationToken ct)
    {
        var query = db.Articles.AsNoTracking().Where(a => a.OrgId == org.Id);
        if (req.FolderId is { } folder) query = query.Where(a => a.FolderId == folder);
        if (req.Unfiled == true) query = query.Where(a => a.FolderId == null);
        if (!string.IsNullOrWhiteSpace(req.Tag)) query = query.Where(a => a.Tags.Contains(req.Tag.Trim()));
        if (req.Templates is { } templates) query = query.Where(a => a.IsTemplate == templates);
        if (req.AssetId is { } asset) query = query.Where(a => a.AssetIds.Contains(asset));
        if (req.CredentialId is { } credential) query = query.Where(a => a.CredentialIds.Contains(credential));
        if (req.ContactId is { } contact) query = query.Where(a => a.ContactIds.Contains(contact));
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var text = req.Q.Trim();
            var contains = "%" + Like.Escape(text) + "%";
            query = query.Where(a => EF.Property<NpgsqlTsVector>(a, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text))
                || EF.Functions.ILike(a.Title, contains, "\\"));
        }
        var rows = query.Select(a => new ArticleListRow
        {
            Id = a.Id, FolderId = a.FolderId, Title = a.Title, Tags = a.Tags, IsTemplate = a.IsTemplate, Revision = a.Revision,
            CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt, Version = a.Version,
        });
        var page = await ListArticlesValidator.Sorts.PageAsync(rows, req, DocsMapper.ToSummary, ct);
        if (!string.IsNullOrWhiteSpace(req.Q) && page.Items.Count > 0)
        {
            var snippets = await ArticleSnippets.ForAsync(db.Articles.Where(a => a.OrgId == org.Id), [.. page.Items.Select(a => a.Id)], req.Q.Trim(), ct);
            foreach (var item in page.Items)
                item.Snippet = snippets.GetValueOrDefault(item.Id);
        }
        await Send.OkAsync(page, ct);
    }
}

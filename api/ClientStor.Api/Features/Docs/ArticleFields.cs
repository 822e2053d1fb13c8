using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Features.Docs;

/// <summary>The fields of an article; on update, omitted (null) fields stay as they are.</summary>
public abstract class ArticleFields
{
    public string? Title { get; set; }
    /// <summary>Markdown: CommonMark with tables and task lists. Link to another article with <c>[text](article:&lt;id&gt;)</c>.</summary>
    public string? Body { get; set; }
    /// <summary>What changed, for the revision history.</summary>
    public string? Summary { get; set; }
    [References<DocFolder>] public Guid? FolderId { get; set; }
    public List<string>? Tags { get; set; }
    /// <summary>The assets the article is about (the set replaces the current one).</summary>
    [References<Asset>] public List<Guid>? AssetIds { get; set; }
    [References<Credential>] public List<Guid>? CredentialIds { get; set; }
    [References<Contact>] public List<Guid>? ContactIds { get; set; }
    /// <summary>Offer this article as a template when creating one.</summary>
    public bool? IsTemplate { get; set; }

    internal void ApplyMetadataTo(Article article)
    {
        if (FolderId is not null) article.FolderId = FolderId;
        if (Tags is not null) article.Tags = TagList.Normalize(Tags);
        if (AssetIds is not null) article.AssetIds = [.. AssetIds.Distinct().Order()];
        if (CredentialIds is not null) article.CredentialIds = [.. CredentialIds.Distinct().Order()];
        if (ContactIds is not null) article.ContactIds = [.. ContactIds.Distinct().Order()];
        if (IsTemplate is { } template) article.IsTemplate = template;
    }
}

/// <summary>
/// A new article: <c>title</c> is required; the body may start from a built-in template (<c>template</c>) or from one of
/// the organisation's template articles (<c>templateArticleId</c>) when no body is given.
/// </summary>
public sealed class CreateArticleRequest : ArticleFields
{
    /// <summary>A built-in template's key (see <c>GET …/docs/templates</c>).</summary>
    public string? Template { get; set; }
    [References<Article>] public Guid? TemplateArticleId { get; set; }
}

/// <summary>A change to an article: only the fields given change; a new title or body adds a revision.</summary>
public sealed class UpdateArticleRequest : ArticleFields
{
    [RouteParam] public Guid ArticleId { get; set; }
    /// <summary>Move the article out of any folder.</summary>
    public bool? ClearFolder { get; set; }
}

public static class ArticleRules
{
    public const int MaxBody = 500_000;
    public const int MaxLinks = 200;
    public const int MaxTags = 30;
}

internal abstract class ArticleFieldsValidator<T> : Validator<T> where T : ArticleFields
{
    protected ArticleFieldsValidator(bool creating)
    {
        var title = RuleFor(x => x.Title).NotEmpty().WithMessage("Give the article a title.").MaximumLength(300);
        if (!creating)
            title.When(x => x.Title is not null);
        RuleFor(x => x.Body).MaximumLength(ArticleRules.MaxBody).WithMessage($"An article's body is at most {ArticleRules.MaxBody:N0} characters.");
        RuleFor(x => x.Summary).MaximumLength(500);
        RuleFor(x => x.Tags).Must(t => t is null || t.Count <= ArticleRules.MaxTags).WithMessage($"Give at most {ArticleRules.MaxTags} tags.");
        RuleForEach(x => x.Tags).MaximumLength(50).WithMessage("A tag is at most 50 characters.");
        RuleFor(x => x.AssetIds).Must(a => a is null || a.Count <= ArticleRules.MaxLinks).WithMessage($"Link up to {ArticleRules.MaxLinks} assets.");
        RuleFor(x => x.CredentialIds).Must(a => a is null || a.Count <= ArticleRules.MaxLinks).WithMessage($"Link up to {ArticleRules.MaxLinks} credentials.");
        RuleFor(x => x.ContactIds).Must(a => a is null || a.Count <= ArticleRules.MaxLinks).WithMessage($"Link up to {ArticleRules.MaxLinks} contacts.");
    }
}

internal sealed class CreateArticleValidator : ArticleFieldsValidator<CreateArticleRequest>
{
    public CreateArticleValidator() : base(creating: true)
    {
        RuleFor(x => x.Template).Must(t => t is null || BuiltInArticleTemplates.Find(t) is not null)
            .WithMessage($"template must be one of: {string.Join(", ", BuiltInArticleTemplates.All.Select(t => t.Key))}.");
        RuleFor(x => x.TemplateArticleId).Null().When(x => x.Template is not null).WithMessage("Give either template or templateArticleId, not both.");
    }
}

internal sealed class UpdateArticleValidator() : ArticleFieldsValidator<UpdateArticleRequest>(creating: false);

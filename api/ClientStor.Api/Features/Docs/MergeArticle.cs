namespace ClientStor.Api.Features.Docs;

public sealed class MergeArticleRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
    /// <summary>The revision the edit started from (the one the editor loaded).</summary>
    public int? BaseRevision { get; set; }
    /// <summary>The edited title (omitted: unchanged).</summary>
    public string? Title { get; set; }
    /// <summary>The edited Markdown.</summary>
    public string? Body { get; set; }
}

internal sealed class MergeArticleValidator : Validator<MergeArticleRequest>
{
    public MergeArticleValidator()
    {
        RuleFor(x => x.BaseRevision).NotNull().WithMessage("Give the revision your edit started from as baseRevision.")
            .GreaterThan(0).WithMessage("baseRevision is a revision number (1 or more).");
        RuleFor(x => x.Body).NotNull().WithMessage("Give your edited Markdown as body.").MaximumLength(ArticleRules.MaxBody);
        RuleFor(x => x.Title).MaximumLength(300);
    }
}

public sealed class ArticleMergeResponse
{
    /// <summary>The article's published revision now, and its etag: save the merged text with this <c>If-Match</c>.</summary>
    public required int Revision { get; set; }
    public required string Etag { get; set; }
    /// <summary>True when nothing conflicts: the merged body is the parts' texts joined.</summary>
    public required bool Clean { get; set; }
    /// <summary>The merged body, in order: <c>merged</c> runs, and <c>conflict</c> runs with the base's, your and their lines.</summary>
    public required List<MergePart> Parts { get; set; }
    /// <summary>The title to save: yours when only you changed it, theirs when only they did; <c>titleConflict</c> when both did.</summary>
    public required string Title { get; set; }
    public required bool TitleConflict { get; set; }
    /// <summary>The current (their) title, for a title conflict.</summary>
    public required string TheirTitle { get; set; }
}

/// <summary>
/// Merges an edit made on an older revision with what was saved since (line-based three-way merge, nothing saved): what the
/// editor offers after a save answered 412. Changes to different lines combine; lines both sides changed differently come
/// back as conflicts with both versions and the base, for the author to choose.
/// </summary>
public sealed class MergeArticleEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<MergeArticleRequest, ArticleMergeResponse>
{
    public override void Configure()
    {
        Post("docs/articles/{articleId}/merge");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Merge an edit made on an older revision with the current text");
        Description(b => b.Produces<ArticleMergeResponse>(200));
    }

    public override async Task HandleAsync(MergeArticleRequest req, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FindInOrgAsync(org.Id, req.ArticleId, ct);
        var baseRevision = await ArticleRevisionLookup.FindAsync(db, org.Id, req.ArticleId, req.BaseRevision!.Value, ct);
        var parts = ArticleMerge.Merge(baseRevision.Body, req.Body!, article.Body);
        var yourTitle = req.Title?.Trim() ?? baseRevision.Title;
        var titleConflict = yourTitle != baseRevision.Title && article.Title != baseRevision.Title && yourTitle != article.Title;
        await Send.OkAsync(new ArticleMergeResponse
        {
            Revision = article.Revision, Etag = Platform.Http.ETags.For(article.Version), Clean = parts.All(p => p.Kind == MergePart.Merged), Parts = parts,
            Title = yourTitle != baseRevision.Title ? yourTitle : article.Title, TitleConflict = titleConflict, TheirTitle = article.Title,
        }, ct);
    }
}

namespace ClientStor.Api.Features.Docs;

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

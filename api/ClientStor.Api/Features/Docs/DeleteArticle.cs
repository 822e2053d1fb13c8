namespace ClientStor.Api.Features.Docs;

public sealed class DeleteArticleRequest
{
    [RouteParam] public Guid ArticleId { get; set; }
}

/// <summary>Deletes an article with its revisions (the audit row keeps its title and last revision number).</summary>
public sealed class DeleteArticleEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteArticleRequest>
{
    public override void Configure()
    {
        Delete("docs/articles/{articleId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Delete an article");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteArticleRequest req, CancellationToken ct)
    {
        await changes.DeleteInOrgAsync(db.Articles, org.Id, req.ArticleId, ct);
        await Send.NoContentAsync(ct);
    }
}

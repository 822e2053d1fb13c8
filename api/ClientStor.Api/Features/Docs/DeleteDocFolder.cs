using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

public sealed class DeleteDocFolderRequest
{
    [RouteParam] public Guid DocFolderId { get; set; }
}

/// <summary>Deletes an empty folder (409 while it holds articles, diagrams or folders).</summary>
public sealed class DeleteDocFolderEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteDocFolderRequest>
{
    public override void Configure()
    {
        Delete("docs/folders/{docFolderId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Delete a knowledge-base folder");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(DeleteDocFolderRequest req, CancellationToken ct)
    {
        var folder = await db.DocFolders.FindInOrgAsync(org.Id, req.DocFolderId, ct);
        HttpContext.CheckIfMatch(folder);
        var articles = await db.Articles.CountAsync(a => a.OrgId == org.Id && a.FolderId == folder.Id, ct);
        var diagrams = await db.Diagrams.CountAsync(d => d.OrgId == org.Id && d.FolderId == folder.Id, ct);
        var folders = await db.DocFolders.CountAsync(f => f.OrgId == org.Id && f.ParentId == folder.Id, ct);
        if (articles + diagrams + folders > 0)
            throw new ConflictException($"The folder still holds {articles} article(s), {diagrams} diagram(s) and {folders} folder(s); move or delete them first.");
        await changes.DeletedAsync(folder, ct);
        await Send.NoContentAsync(ct);
    }
}

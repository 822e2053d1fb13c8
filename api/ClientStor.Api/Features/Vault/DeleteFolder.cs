using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Vault;

/// <summary>Deletes an empty vault folder (409 while it holds credentials or folders).</summary>
public sealed class DeleteFolderEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<FolderRequest>
{
    public override void Configure()
    {
        Delete("vault/folders/{folderId}");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.write");
        Summary(s => s.Summary = "Delete an empty vault folder");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(FolderRequest req, CancellationToken ct)
    {
        var folder = await db.VaultFolders.FindInOrgAsync(org.Id, req.FolderId, ct);
        HttpContext.CheckIfMatch(folder);
        var held = await db.VaultFolders.Where(f => f.Id == folder.Id).Select(f => new
        {
            Credentials = db.Set<Credential>().Count(c => c.FolderId == f.Id),
            Folders = db.Set<VaultFolder>().Count(c => c.ParentId == f.Id),
        }).SingleAsync(ct);
        if (held.Credentials + held.Folders > 0)
            throw new ConflictException($"The folder holds {held.Credentials} credential(s) and {held.Folders} folder(s); move or delete them first.");
        await changes.DeletedAsync(folder, ct);
        await Send.NoContentAsync(ct);
    }
}

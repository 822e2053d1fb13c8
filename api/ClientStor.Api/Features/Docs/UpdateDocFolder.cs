using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

/// <summary>Renames or moves a folder (never into itself or one of its own subfolders).</summary>
public sealed class UpdateDocFolderEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateDocFolderRequest, DocFolderResponse>
{
    public override void Configure()
    {
        Patch("docs/folders/{docFolderId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Rename or move a knowledge-base folder");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(UpdateDocFolderRequest req, CancellationToken ct)
    {
        var folder = await db.DocFolders.FindInOrgAsync(org.Id, req.DocFolderId, ct);
        HttpContext.CheckIfMatch(folder);
        if (req.Name is not null)
        {
            folder.Name = req.Name.Trim();
            folder.NormalizedName = folder.Name.ToUpperInvariant();
        }
        if (req.ClearParent == true) folder.ParentId = null;
        if (req.ParentId is { } parent)
        {
            // Walk up from the new parent: reaching this folder would make a cycle.
            var parents = await db.DocFolders.AsNoTracking().Where(f => f.OrgId == org.Id).ToDictionaryAsync(f => f.Id, f => f.ParentId, ct);
            for (Guid? at = parent; at is { } id; at = parents.GetValueOrDefault(id))
                if (id == folder.Id)
                    throw new FieldErrorsException("parentId", "A folder cannot move into itself or one of its subfolders.");
            folder.ParentId = parent;
        }
        await DocFolderRules.CheckNameFreeAsync(db, folder, ct);
        await changes.UpdatedAsync(folder, ct);
        var count = await db.Articles.CountAsync(a => a.OrgId == org.Id && a.FolderId == folder.Id, ct);
        var diagrams = await db.Diagrams.CountAsync(d => d.OrgId == org.Id && d.FolderId == folder.Id, ct);
        await Send.ResourceAsync(folder.ToResponse(count, diagrams), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Docs;

public sealed class ListDocFoldersRequest : SearchListRequest;

internal sealed class ListDocFoldersValidator : Validator<ListDocFoldersRequest>
{
    public static readonly SortCatalog<DocFolder> Sorts = new("name", new SortKey<DocFolder, string>("name", f => f.NormalizedName, f => f.Id));

    public ListDocFoldersValidator() => Sorts.AddSearchListRules(this);
}

/// <summary>The knowledge base's folders, a page at a time (a tree: build it from <c>parentId</c>), with their article counts.</summary>
public sealed class ListDocFoldersEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListDocFoldersRequest, Page<DocFolderResponse>>
{
    public override void Configure()
    {
        Get("docs/folders");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List knowledge-base folders");
    }

    public override async Task HandleAsync(ListDocFoldersRequest req, CancellationToken ct)
    {
        var query = db.DocFolders.AsNoTracking().Where(f => f.OrgId == org.Id);
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(f => EF.Functions.ILike(f.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        var page = await ListDocFoldersValidator.Sorts.PageAsync(query, req, f => f, ct);
        var ids = page.Items.Select(f => (Guid?)f.Id).ToList();
        var counts = await db.Articles.AsNoTracking().Where(a => a.OrgId == org.Id && ids.Contains(a.FolderId))
            .GroupBy(a => a.FolderId!.Value).Select(g => new { Folder = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Folder, x => x.Count, ct);
        await Send.OkAsync(new Page<DocFolderResponse>
        {
            Items = [.. page.Items.Select(f => f.ToResponse(counts.GetValueOrDefault(f.Id)))], NextCursor = page.NextCursor,
        }, ct);
    }
}

public abstract class DocFolderFields
{
    public string? Name { get; set; }
    /// <summary>The folder to nest it in (of the same organisation).</summary>
    [References<DocFolder>] public Guid? ParentId { get; set; }
}

public sealed class CreateDocFolderRequest : DocFolderFields;

public sealed class UpdateDocFolderRequest : DocFolderFields
{
    [RouteParam] public Guid DocFolderId { get; set; }
    /// <summary>Move the folder to the top level.</summary>
    public bool? ClearParent { get; set; }
}

internal sealed class CreateDocFolderValidator : Validator<CreateDocFolderRequest>
{
    public CreateDocFolderValidator() => RuleFor(x => x.Name).NotEmpty().WithMessage("Give the folder a name.").MaximumLength(200);
}

internal sealed class UpdateDocFolderValidator : Validator<UpdateDocFolderRequest>
{
    public UpdateDocFolderValidator() =>
        RuleFor(x => x.Name).NotEmpty().WithMessage("The name cannot be empty.").MaximumLength(200).When(x => x.Name is not null);
}

internal static class DocFolderRules
{
    public static async Task CheckNameFreeAsync(ClientStorDbContext db, DocFolder folder, CancellationToken ct)
    {
        if (await db.DocFolders.AnyAsync(f => f.OrgId == folder.OrgId && f.ParentId == folder.ParentId && f.NormalizedName == folder.NormalizedName && f.Id != folder.Id, ct))
            throw new ConflictException($"A folder named '{folder.Name}' already exists here.", "name");
    }
}

/// <summary>Creates a knowledge-base folder (409 when its parent already holds one of the same name).</summary>
public sealed class CreateDocFolderEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateDocFolderRequest, DocFolderResponse>
{
    public override void Configure()
    {
        Post("docs/folders");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Create a knowledge-base folder");
        Description(b => b.Produces<DocFolderResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateDocFolderRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var name = req.Name!.Trim();
        var folder = new DocFolder
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = name, NormalizedName = name.ToUpperInvariant(), ParentId = req.ParentId, CreatedAt = now, UpdatedAt = now,
        };
        await DocFolderRules.CheckNameFreeAsync(db, folder, ct);
        await changes.CreatedAsync(folder, ct);
        await Send.CreatedAsync(folder.Id, folder.ToResponse(articleCount: 0), ct);
    }
}

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
        await Send.ResourceAsync(folder.ToResponse(count), ct);
    }
}

public sealed class DeleteDocFolderRequest
{
    [RouteParam] public Guid DocFolderId { get; set; }
}

/// <summary>Deletes an empty folder (409 while it holds articles or folders).</summary>
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
        var folders = await db.DocFolders.CountAsync(f => f.OrgId == org.Id && f.ParentId == folder.Id, ct);
        if (articles + folders > 0)
            throw new ConflictException($"The folder still holds {articles} article(s) and {folders} folder(s); move or delete them first.");
        await changes.DeletedAsync(folder, ct);
        await Send.NoContentAsync(ct);
    }
}

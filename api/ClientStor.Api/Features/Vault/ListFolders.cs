
namespace ClientStor.Api.Features.Vault;

public sealed class ListFoldersRequest : SearchListRequest;

internal sealed class ListFoldersValidator : Validator<ListFoldersRequest>
{
    public static readonly SortCatalog<VaultFolder> Sorts = new("name", new SortKey<VaultFolder, string>("name", f => f.NormalizedName, f => f.Id));

    public ListFoldersValidator()
    {
        Sorts.AddSearchListRules(this);
    }
}

/// <summary>The organisation's vault folders, a page at a time (a tree: build it from <c>parentId</c>).</summary>
public sealed class ListFoldersEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListFoldersRequest, Page<FolderResponse>>
{
    public override void Configure()
    {
        Get("vault/folders");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.read");
        Summary(s => s.Summary = "List vault folders");
    }

    public override async Task HandleAsync(ListFoldersRequest req, CancellationToken ct)
    {
        var query = db.VaultFolders.AsNoTracking().Where(f => f.OrgId == org.Id);
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(f => EF.Functions.ILike(f.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        var page = await ListFoldersValidator.Sorts.PageAsync(query, req, f => f, ct);
        var ids = page.Items.Select(f => (Guid?)f.Id).ToList();
        // One grouped count for the page (indexed by org and folder), not one per folder.
        var counts = await db.Credentials.AsNoTracking().Where(c => c.OrgId == org.Id && ids.Contains(c.FolderId))
            .GroupBy(c => c.FolderId!.Value).Select(g => new { Folder = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Folder, x => x.Count, ct);
        await Send.OkAsync(new Page<FolderResponse>
        {
            Items = page.Items.Select(f => f.ToResponse(counts.GetValueOrDefault(f.Id))).ToList(), NextCursor = page.NextCursor,
        }, ct);
    }
}

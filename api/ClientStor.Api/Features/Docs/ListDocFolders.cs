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
        var diagrams = await db.Diagrams.AsNoTracking().Where(d => d.OrgId == org.Id && ids.Contains(d.FolderId))
            .GroupBy(d => d.FolderId!.Value).Select(g => new { Folder = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Folder, x => x.Count, ct);
        await Send.OkAsync(new Page<DocFolderResponse>
        {
            Items = [.. page.Items.Select(f => f.ToResponse(counts.GetValueOrDefault(f.Id), diagrams.GetValueOrDefault(f.Id)))], NextCursor = page.NextCursor,
        }, ct);
    }
}

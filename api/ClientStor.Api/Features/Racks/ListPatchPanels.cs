
namespace ClientStor.Api.Features.Racks;

public sealed class ListPatchPanelsRequest : SearchListRequest;

internal sealed class ListPatchPanelsValidator : Validator<ListPatchPanelsRequest>
{
    public static readonly SortCatalog<PatchPanel> Sorts = new("name", new SortKey<PatchPanel, string>("name", p => p.Name, p => p.Id));

    public ListPatchPanelsValidator()
    {
        Sorts.AddSearchListRules(this);
    }
}

/// <summary>The organisation's patch panels with their port maps, by name, paged.</summary>
public sealed class ListPatchPanelsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListPatchPanelsRequest, Page<PatchPanelResponse>>
{
    public override void Configure()
    {
        Get("patch-panels");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "List patch panels with their ports");
    }

    public override async Task HandleAsync(ListPatchPanelsRequest req, CancellationToken ct)
    {
        var query = db.PatchPanels.AsNoTracking().Include(p => p.Ports).Where(p => p.OrgId == org.Id);
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(p => EF.Functions.ILike(p.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        var page = await ListPatchPanelsValidator.Sorts.PageAsync(query, req, p => p, ct);
        await Send.OkAsync(new Page<PatchPanelResponse> { Items = await PanelReads.ProjectAsync(db, page.Items, ct), NextCursor = page.NextCursor }, ct);
    }
}

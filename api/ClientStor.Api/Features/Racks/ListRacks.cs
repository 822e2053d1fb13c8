
namespace ClientStor.Api.Features.Racks;

public sealed class ListRacksRequest : SearchListRequest
{
    /// <summary>Only racks at this location.</summary>
    [QueryParam] public Guid? LocationId { get; set; }
}

internal sealed class ListRacksValidator : Validator<ListRacksRequest>
{
    public static readonly SortCatalog<Rack> Sorts = new("name", new SortKey<Rack, string>("name", r => r.Name, r => r.Id));

    public ListRacksValidator()
    {
        Sorts.AddSearchListRules(this);
    }
}

/// <summary>The organisation's racks with how many units are used, by name, paged.</summary>
public sealed class ListRacksEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListRacksRequest, Page<RackResponse>>
{
    public override void Configure()
    {
        Get("racks");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "List racks");
    }

    public override async Task HandleAsync(ListRacksRequest req, CancellationToken ct)
    {
        var query = db.Racks.AsNoTracking().Where(r => r.OrgId == org.Id);
        if (req.LocationId is { } location) query = query.Where(r => r.LocationId == location);
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(r => EF.Functions.ILike(r.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        var page = await ListRacksValidator.Sorts.PageAsync(query, req, r => r, ct);
        var ids = page.Items.Select(r => r.Id).ToList();
        var placements = await db.RackPlacements.AsNoTracking().Where(p => ids.Contains(p.RackId)).ToListAsync(ct);
        var panels = await db.PatchPanels.AsNoTracking().Where(p => p.RackId != null && ids.Contains(p.RackId.Value) && p.PositionU != null).ToListAsync(ct);
        await Send.OkAsync(new Page<RackResponse>
        {
            Items = page.Items.Select(r => r.ToResponse(RackLayout.UsedUnits(placements.Where(p => p.RackId == r.Id), panels.Where(p => p.RackId == r.Id)))).ToList(),
            NextCursor = page.NextCursor,
        }, ct);
    }
}

using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

public sealed class ListFloorPlansRequest : SearchListRequest
{
    /// <summary>Only the plans of this location.</summary>
    [QueryParam] public Guid? LocationId { get; set; }
    /// <summary>Only the plans that pin this asset (each with where: <c>matchedPins</c>).</summary>
    [QueryParam] public Guid? AssetId { get; set; }
    /// <summary>Only the plans that pin this rack.</summary>
    [QueryParam] public Guid? RackId { get; set; }
}

internal sealed class ListFloorPlansValidator : Validator<ListFloorPlansRequest>
{
    public static readonly SortCatalog<FloorPlanListRow> Sorts = new("name",
        new SortKey<FloorPlanListRow, string>("name", d => d.Name, d => d.Id),
        new SortKey<FloorPlanListRow, DateTimeOffset>("updatedAt", d => d.UpdatedAt, d => d.Id));

    public ListFloorPlansValidator() => Sorts.AddSearchListRules(this);
}

/// <summary>
/// The organisation's floor plans. <c>q</c> matches words of the name, the level or the rooms' names (PostgreSQL full text,
/// web search syntax) or any part of the name.
/// </summary>
public sealed class ListFloorPlansEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListFloorPlansRequest, Page<FloorPlanSummaryResponse>>
{
    public override void Configure()
    {
        Get("docs/floor-plans");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List floor plans");
    }

    public override async Task HandleAsync(ListFloorPlansRequest req, CancellationToken ct)
    {
        var query = db.FloorPlans.AsNoTracking().Where(d => d.OrgId == org.Id);
        if (req.LocationId is { } location) query = query.Where(d => d.LocationId == location);
        if (req.AssetId is { } asset) query = query.Where(d => d.Pins.Any(p => p.AssetId == asset));
        if (req.RackId is { } rack) query = query.Where(d => d.Pins.Any(p => p.RackId == rack));
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var text = req.Q.Trim();
            var contains = "%" + Like.Escape(text) + "%";
            query = query.Where(d => EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text))
                || EF.Functions.ILike(d.Name, contains, "\\"));
        }
        var (assetId, rackId) = (req.AssetId, req.RackId);
        var rows = query.Select(d => new FloorPlanListRow
        {
            Id = d.Id, Name = d.Name, LocationId = d.LocationId, Level = d.Level, Revision = d.Revision, SourceKind = d.SourceKind, PinCount = d.Pins.Count,
            LocationName = db.Set<Locations.Location>().Where(l => l.Id == d.LocationId).Select(l => l.Name).FirstOrDefault(),
            MatchedPins = d.Pins.Where(p => (assetId != null && p.AssetId == assetId) || (rackId != null && p.RackId == rackId))
                .OrderBy(p => p.Position).Select(p => new FloorPlanPoint { X = p.X, Y = p.Y }).ToList(),
            CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt, Version = d.Version,
        });
        await Send.OkAsync(await ListFloorPlansValidator.Sorts.PageAsync(rows, req, DocsMapper.ToSummary, ct), ct);
    }
}

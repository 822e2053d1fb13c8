using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Racks;

public sealed class RackRequest
{
    [RouteParam] public Guid RackId { get; set; }
}

/// <summary>Rack elevation: placements, positioned patch panels and, unit by unit from the top, what occupies the front and rear.</summary>
public sealed class RackElevationEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<RackRequest, ElevationResponse>
{
    public override void Configure()
    {
        Get("racks/{rackId}/elevation");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "Rack elevation");
    }

    public override async Task HandleAsync(RackRequest req, CancellationToken ct)
    {
        var rack = await db.Racks.AsNoTracking().FindInOrgAsync(org.Id, req.RackId, ct);
        var rows = await db.RackPlacements.AsNoTracking().Where(p => p.RackId == rack.Id).OrderByDescending(p => p.PositionU)
            .Join(db.Assets, p => p.AssetId, a => a.Id, (p, a) => new { Placement = p, a.Name }).ToListAsync(ct);
        var placements = rows.Select(r => r.Placement.ToResponse(r.Name)).ToList();
        var panelRows = await db.PatchPanels.AsNoTracking().Where(p => p.RackId == rack.Id && p.PositionU != null).OrderByDescending(p => p.PositionU).ToListAsync(ct);
        var panelIds = panelRows.Select(p => p.Id).ToList();
        var connected = await db.PatchPorts.AsNoTracking().Where(p => panelIds.Contains(p.PanelId) && (p.ConnectedPortId != null || p.ConnectedInterfaceId != null))
            .GroupBy(p => p.PanelId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var panels = panelRows.Select(p => new ElevationPanel
        {
            Id = p.Id, Name = p.Name, PortCount = p.PortCount, ConnectedPorts = connected.GetValueOrDefault(p.Id),
            PositionU = p.PositionU!.Value, HeightU = p.HeightU, Face = p.Face,
        }).ToList();
        Guid? At(int u, string face) => placements.FirstOrDefault(p => u >= p.PositionU && u < p.PositionU + p.HeightU && (p.FullDepth || p.Face == face))?.Id;
        Guid? PanelAt(int u, string face) => panels.FirstOrDefault(p => u >= p.PositionU && u < p.PositionU + p.HeightU && p.Face == face)?.Id;
        await Send.OkAsync(new ElevationResponse
        {
            Rack = rack.ToResponse(RackLayout.UsedUnits(rows.Select(r => r.Placement), panelRows)),
            Placements = placements,
            Panels = panels,
            Units = Enumerable.Range(1, rack.HeightU).Reverse().Select(u => new ElevationUnit
            {
                U = u, Front = At(u, "front"), Rear = At(u, "rear"), FrontPanel = PanelAt(u, "front"), RearPanel = PanelAt(u, "rear"),
            }).ToList(),
        }, ct);
    }
}

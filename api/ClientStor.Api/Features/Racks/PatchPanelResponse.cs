using ClientStor.Api.Features.Assets;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Racks;

public sealed class PatchPortResponse
{
    public required Guid Id { get; set; }
    public required int Number { get; set; }
    public required string? Label { get; set; }
    /// <summary>What the port is patched to, in words (<c>Panel B port 7</c>, <c>SW1 Gi1/0/3</c>), or null.</summary>
    public required string? ConnectedTo { get; set; }
    public required Guid? ConnectedPortId { get; set; }
    public required Guid? ConnectedInterfaceId { get; set; }
    public required Guid? ConnectedAssetId { get; set; }
    /// <summary>The port's version: <c>If-Match</c> of a disconnect.</summary>
    public required string Etag { get; set; }
}

public sealed class PatchPanelResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required Guid? RackId { get; set; }
    public required int PortCount { get; set; }
    /// <summary>Lowest unit the panel occupies in its rack, or null when it is not drawn in the elevation.</summary>
    public required int? PositionU { get; set; }
    public required int HeightU { get; set; }
    /// <summary><c>front</c> or <c>rear</c>.</summary>
    public required string Face { get; set; }
    public required IReadOnlyList<PatchPortResponse> Ports { get; set; }
    public required string Etag { get; set; }
}

/// <summary>Panels as responses: each port with what it is patched to, read for all the panels at once.</summary>
internal static class PanelReads
{
    /// <summary>The organisation's panel with its ports.</summary>
    public static async Task<PatchPanelResponse> LoadAsync(ClientStorDbContext db, Guid orgId, Guid panelId, CancellationToken ct) =>
        (await ProjectAsync(db, await db.PatchPanels.AsNoTracking().Include(p => p.Ports).Where(p => p.OrgId == orgId && p.Id == panelId).ToListAsync(ct), ct))[0];

    /// <summary>Panels loaded with their ports.</summary>
    public static async Task<List<PatchPanelResponse>> ProjectAsync(ClientStorDbContext db, IReadOnlyList<PatchPanel> panels, CancellationToken ct)
    {
        var portIds = panels.SelectMany(p => p.Ports).Select(p => p.ConnectedPortId).OfType<Guid>().ToList();
        var remotePorts = portIds.Count == 0 ? [] : await db.PatchPorts.AsNoTracking().Where(p => portIds.Contains(p.Id))
            .Join(db.PatchPanels, p => p.PanelId, panel => panel.Id, (p, panel) => new { p.Id, p.Number, Panel = panel.Name }).ToDictionaryAsync(x => x.Id, ct);
        var ifaceIds = panels.SelectMany(p => p.Ports).Select(p => p.ConnectedInterfaceId).OfType<Guid>().ToList();
        var ifaces = ifaceIds.Count == 0 ? [] : await db.AssetInterfaces.AsNoTracking().Where(i => ifaceIds.Contains(i.Id))
            .Join(db.Assets, i => i.AssetId, a => a.Id, (i, a) => new { i.Id, i.Name, i.AssetId, Asset = a.Name }).ToDictionaryAsync(x => x.Id, ct);
        return panels.Select(panel => new PatchPanelResponse
        {
            Id = panel.Id, Name = panel.Name, RackId = panel.RackId, PortCount = panel.PortCount,
            PositionU = panel.RackId is null ? null : panel.PositionU, HeightU = panel.HeightU, Face = panel.Face, Etag = ETags.For(panel.Version),
            Ports = panel.Ports.OrderBy(p => p.Number).Select(p => new PatchPortResponse
            {
                Id = p.Id, Number = p.Number, Label = p.Label, ConnectedPortId = p.ConnectedPortId, ConnectedInterfaceId = p.ConnectedInterfaceId,
                ConnectedAssetId = p.ConnectedInterfaceId is { } i && ifaces.TryGetValue(i, out var hit) ? hit.AssetId : null,
                ConnectedTo = p.ConnectedPortId is { } rp && remotePorts.TryGetValue(rp, out var r) ? $"{r.Panel} port {r.Number}"
                    : p.ConnectedInterfaceId is { } ii && ifaces.TryGetValue(ii, out var f) ? $"{f.Asset} {f.Name}" : null,
                Etag = ETags.For(p.Version),
            }).ToList(),
        }).ToList();
    }
}

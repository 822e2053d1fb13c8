
namespace ClientStor.Api.Features.Racks;

public sealed class RackResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid? LocationId { get; set; }
    public required string Name { get; set; }
    public required int HeightU { get; set; }
    public required string? Notes { get; set; }
    /// <summary>Units occupied on at least one face.</summary>
    public required int UsedU { get; set; }
    public required string Etag { get; set; }
}

public sealed class PlacementResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid AssetId { get; set; }
    public required string AssetName { get; set; }
    public required int PositionU { get; set; }
    public required int HeightU { get; set; }
    public required string Face { get; set; }
    public required bool FullDepth { get; set; }
    public required string Etag { get; set; }
}

public sealed class ElevationUnit
{
    public required int U { get; set; }
    /// <summary>The placement occupying this unit on the front, or null.</summary>
    public required Guid? Front { get; set; }
    public required Guid? Rear { get; set; }
    /// <summary>The patch panel occupying this unit on the front, or null.</summary>
    public required Guid? FrontPanel { get; set; }
    public required Guid? RearPanel { get; set; }
}

/// <summary>A patch panel drawn in the elevation, at its units on one face.</summary>
public sealed class ElevationPanel
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required int PortCount { get; set; }
    /// <summary>Ports with a connection.</summary>
    public required int ConnectedPorts { get; set; }
    public required int PositionU { get; set; }
    public required int HeightU { get; set; }
    public required string Face { get; set; }
}

public sealed class ElevationResponse
{
    public required RackResponse Rack { get; set; }
    public required IReadOnlyList<PlacementResponse> Placements { get; set; }
    /// <summary>The rack's patch panels that have a position.</summary>
    public required IReadOnlyList<ElevationPanel> Panels { get; set; }
    /// <summary>Every unit from the top (U = height) to the bottom (U = 1).</summary>
    public required IReadOnlyList<ElevationUnit> Units { get; set; }
}

internal static class RackLayout
{
    /// <summary>Units held by a device or a positioned patch panel, on either face.</summary>
    public static int UsedUnits(IEnumerable<RackPlacement> placements, IEnumerable<PatchPanel> panels) =>
        placements.SelectMany(p => Enumerable.Range(p.PositionU, p.HeightU))
            .Concat(panels.Where(p => p.PositionU is not null).SelectMany(p => Enumerable.Range(p.PositionU!.Value, p.HeightU))).Distinct().Count();
}

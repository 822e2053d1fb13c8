
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
}

public sealed class ElevationResponse
{
    public required RackResponse Rack { get; set; }
    public required IReadOnlyList<PlacementResponse> Placements { get; set; }
    /// <summary>Every unit from the top (U = height) to the bottom (U = 1).</summary>
    public required IReadOnlyList<ElevationUnit> Units { get; set; }
}

internal static class RackLayout
{
    public static int UsedUnits(IEnumerable<RackPlacement> placements) =>
        placements.SelectMany(p => Enumerable.Range(p.PositionU, p.HeightU)).Distinct().Count();
}

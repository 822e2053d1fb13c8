namespace ClientStor.Api.Features.Docs;

/// <summary>
/// The drawing a floor plan shows: read it from <c>…/drawing</c> (an image: show it only through <c>&lt;img&gt;</c>), the
/// upload itself from <c>…/drawing/original</c>.
/// </summary>
public sealed class FloorPlanDrawingResponse
{
    /// <summary><c>image</c>, <c>pdf</c> (its first page, rendered to PNG), <c>svg</c> or <c>magicplan</c> (an SVG drawn from the export's rooms).</summary>
    public required string SourceKind { get; set; }
    /// <summary>The uploaded file's name.</summary>
    public required string FileName { get; set; }
    /// <summary>The type <c>…/drawing</c> answers with.</summary>
    public required string DisplayType { get; set; }
    /// <summary>The drawing's width and height in pixels (its viewBox for SVG).</summary>
    public required int Width { get; set; }
    public required int Height { get; set; }
    /// <summary>The floor of a MagicPlan export shown, and all its floors (choose one with <c>?floor=</c> on upload).</summary>
    public required string? Floor { get; set; }
    public required List<string> Floors { get; set; }
}

/// <summary>A pin with what it points at, named when the caller may see assets (an asset's type tells an access point).</summary>
public sealed class FloorPlanPinResponse
{
    public required string Kind { get; set; }
    public required double X { get; set; }
    public required double Y { get; set; }
    public required string? Label { get; set; }
    public required Guid? AssetId { get; set; }
    public required Guid? RackId { get; set; }
    public required Guid? PatchPanelPortId { get; set; }
    public required string? Room { get; set; }
    /// <summary>The asset's or rack's name (null when it is gone or the caller cannot read assets).</summary>
    public required string? ItemName { get; set; }
    /// <summary>The asset's type (<c>access-point</c>, <c>switch</c>…).</summary>
    public required string? AssetType { get; set; }
    /// <summary>A drop's patch panel port, as "panel name port number".</summary>
    public required string? PortName { get; set; }
    /// <summary>The panel of a drop's port.</summary>
    public required Guid? PatchPanelId { get; set; }
}

public sealed class FloorPlanResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required Guid? LocationId { get; set; }
    public required string? LocationName { get; set; }
    public required string? Level { get; set; }
    public required string? Description { get; set; }
    /// <summary>The number of the current revision (0: no drawing yet).</summary>
    public required int Revision { get; set; }
    public required FloorPlanDrawingResponse? Drawing { get; set; }
    public required List<FloorPlanRoom> Rooms { get; set; }
    public required List<FloorPlanPinResponse> Pins { get; set; }
    public required Guid CreatedById { get; set; }
    public required Guid UpdatedById { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

/// <summary>A floor plan in a list.</summary>
public sealed class FloorPlanSummaryResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required Guid? LocationId { get; set; }
    public required string? LocationName { get; set; }
    public required string? Level { get; set; }
    public required int Revision { get; set; }
    public required string? SourceKind { get; set; }
    public required int PinCount { get; set; }
    /// <summary>With <c>assetId</c> or <c>rackId</c>: where the plan pins that item.</summary>
    public required List<FloorPlanPoint> MatchedPins { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

public class FloorPlanRevisionResponse
{
    public required int Number { get; set; }
    public required string? Summary { get; set; }
    public required int? RestoredFrom { get; set; }
    public required Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required string SourceKind { get; set; }
    public required string OriginalFileName { get; set; }
}

/// <summary>A revision with its drawing's facts, rooms and pins (its drawing: <c>…/revisions/{number}/drawing</c>).</summary>
public sealed class FloorPlanRevisionContentResponse : FloorPlanRevisionResponse
{
    public required FloorPlanDrawingResponse Drawing { get; set; }
    public required List<FloorPlanRoom> Rooms { get; set; }
    public required List<FloorPlanPinResponse> Pins { get; set; }
}

/// <summary>The columns a floor plan list reads.</summary>
public sealed class FloorPlanListRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Guid? LocationId { get; set; }
    public string? LocationName { get; set; }
    public string? Level { get; set; }
    public int Revision { get; set; }
    public string? SourceKind { get; set; }
    public int PinCount { get; set; }
    public List<FloorPlanPoint> MatchedPins { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

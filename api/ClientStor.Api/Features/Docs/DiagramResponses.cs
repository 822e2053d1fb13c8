namespace ClientStor.Api.Features.Docs;

/// <summary>An asset a diagram's shapes link to.</summary>
public sealed record DiagramAsset(Guid Id, string Name);

/// <summary>
/// A diagram with its draw.io XML. The SVG preview is not part of it: read it from <c>…/preview</c> (an image, never
/// markup to insert into a page).
/// </summary>
public sealed class DiagramResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid? FolderId { get; set; }
    public required string Name { get; set; }
    public required string Xml { get; set; }
    /// <summary>The ids of the assets the shapes link to.</summary>
    public required List<Guid> AssetIds { get; set; }
    /// <summary>Those assets with their names, when the caller may see assets (deleted ones drop out).</summary>
    public required IReadOnlyList<DiagramAsset> LinkedAssets { get; set; }
    /// <summary>The number of the current revision.</summary>
    public required int Revision { get; set; }
    public required Guid CreatedById { get; set; }
    public required Guid UpdatedById { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

/// <summary>A diagram in a list: no XML.</summary>
public sealed class DiagramSummaryResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid? FolderId { get; set; }
    public required string Name { get; set; }
    public required int Revision { get; set; }
    public required int AssetCount { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

public class DiagramRevisionResponse
{
    public required int Number { get; set; }
    public required string Name { get; set; }
    public required string? Summary { get; set; }
    public required int? RestoredFrom { get; set; }
    public required Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A revision with its XML (its preview: <c>…/revisions/{number}/preview</c>).</summary>
public sealed class DiagramRevisionContentResponse : DiagramRevisionResponse
{
    public required string Xml { get; set; }
}

/// <summary>The columns a diagram list reads (never the XML or the preview).</summary>
public sealed class DiagramListRow
{
    public Guid Id { get; set; }
    public Guid? FolderId { get; set; }
    public string Name { get; set; } = "";
    public int Revision { get; set; }
    public int AssetCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

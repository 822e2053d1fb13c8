namespace ClientStor.Api.Features.Docs;

public sealed class DocFolderResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid? ParentId { get; set; }
    public required string Name { get; set; }
    /// <summary>Articles directly in this folder.</summary>
    public required int ArticleCount { get; set; }
    /// <summary>Diagrams directly in this folder (a folder is empty, and can be deleted, when both counts and its subfolders are none).</summary>
    public required int DiagramCount { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

/// <summary>An article in a list: no body.</summary>
public sealed class ArticleSummaryResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid? FolderId { get; set; }
    public required string Title { get; set; }
    public required List<string> Tags { get; set; }
    public required bool IsTemplate { get; set; }
    public required int Revision { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
    /// <summary>With <c>q</c>: the passage of the body around the words found, plain text with the matched ranges.</summary>
    public Snippet? Snippet { get; set; }
}

/// <summary>Another object an article names: an asset, credential or contact it is about, or an article linking to it.</summary>
public sealed record LinkedItem(string Type, Guid Id, string Name);

public sealed class ArticleResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid? FolderId { get; set; }
    public required string Title { get; set; }
    /// <summary>The Markdown as written.</summary>
    public required string Body { get; set; }
    /// <summary>The body rendered and sanitised on the server: safe to insert into a page as it is.</summary>
    public required string Html { get; set; }
    public required List<string> Tags { get; set; }
    public required List<Guid> AssetIds { get; set; }
    public required List<Guid> CredentialIds { get; set; }
    public required List<Guid> ContactIds { get; set; }
    /// <summary>The linked assets, credentials and contacts the caller may see, with their names (deleted ones drop out).</summary>
    public required IReadOnlyList<LinkedItem> LinkedItems { get; set; }
    /// <summary>Articles of the organisation whose body links to this one.</summary>
    public required IReadOnlyList<LinkedItem> LinkedFrom { get; set; }
    /// <summary>Changes waiting for review (the organisation requires review and their authors may not publish), oldest first.</summary>
    public required IReadOnlyList<ArticleRevisionResponse> PendingRevisions { get; set; }
    public required bool IsTemplate { get; set; }
    /// <summary>The number of the revision shown (the published one).</summary>
    public required int Revision { get; set; }
    public required Guid CreatedById { get; set; }
    public required Guid UpdatedById { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

public class ArticleRevisionResponse
{
    public required int Number { get; set; }
    public required string Title { get; set; }
    public required string? Summary { get; set; }
    public required int? RestoredFrom { get; set; }
    /// <summary><c>published</c>, <c>pending</c> (waiting for review) or <c>rejected</c>.</summary>
    public required string Status { get; set; }
    /// <summary>For a draft: the published revision it was written on.</summary>
    public required int? BaseRevision { get; set; }
    public required string? ReviewedByName { get; set; }
    public required string? ReviewComment { get; set; }
    public required DateTimeOffset? ReviewedAt { get; set; }
    public required Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A revision with its Markdown and the HTML it renders to.</summary>
public sealed class ArticleRevisionContentResponse : ArticleRevisionResponse
{
    public required string Body { get; set; }
    public required string Html { get; set; }
}

/// <summary>What changed from revision <c>from</c> to revision <c>to</c>, word by word.</summary>
public sealed class ArticleDiffResponse
{
    public required ArticleRevisionResponse From { get; set; }
    public required ArticleRevisionResponse To { get; set; }
    public required List<DiffPart> Title { get; set; }
    public required List<DiffPart> Body { get; set; }
    /// <summary>Words inserted and deleted in the body.</summary>
    public required int Insertions { get; set; }
    public required int Deletions { get; set; }
}

/// <summary>The columns an article list reads (never the body).</summary>
public sealed class ArticleListRow
{
    public Guid Id { get; set; }
    public Guid? FolderId { get; set; }
    public string Title { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public bool IsTemplate { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

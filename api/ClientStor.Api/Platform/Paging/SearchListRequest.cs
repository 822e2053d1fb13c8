namespace ClientStor.Api.Platform.Paging;

/// <summary>
/// What a searchable list takes: <c>?limit=&amp;cursor=&amp;sort=&amp;q=</c>. A list request derives from it and adds its
/// own filters (documented after these four).
/// </summary>
public abstract class SearchListRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary>The sort: a key of the list, <c>-</c> before it for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Free text, matched against the list's names.</summary>
    [QueryParam] public string? Q { get; set; }
}

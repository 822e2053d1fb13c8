using System.Runtime.CompilerServices;

namespace ClientStor.Sdk;

/// <summary>Walks cursor-paged lists: <c>await foreach (var org in client.Orgs.ListAllOrgsAsync()) …</c>.</summary>
public static class Paging
{
    /// <summary>Fetches page after page (passing each <c>nextCursor</c> back) until the last one.</summary>
    public static async IAsyncEnumerable<TItem> AllAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IEnumerable<TItem>> items,
        Func<TPage, string?> nextCursor,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await fetchPage(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(page))
                yield return item;
            cursor = nextCursor(page);
        } while (cursor is not null);
    }

    public static IAsyncEnumerable<OrgResponse> ListAllOrgsAsync(this IOrgsClient orgs, string? q = null, OrgStatus? status = null,
        DateTimeOffset? updatedSince = null, string? sort = null, int pageSize = 200, CancellationToken cancellationToken = default) =>
        AllAsync((cursor, ct) => orgs.ListOrgsAsync(pageSize, cursor, sort, q, status, updatedSince, ct),
            p => p.Items, p => p.NextCursor, cancellationToken);

    /// <summary>Every asset of an organisation matching the filters, page after page (sorted by updatedAt for incremental pulls).</summary>
    public static IAsyncEnumerable<AssetResponse> ListAllAssetsAsync(this IAssetsClient assets, Guid orgId, DateTimeOffset? updatedSince = null,
        string? q = null, string? type = null, AssetStatus? status = null, string sort = "updatedAt", int pageSize = 500, CancellationToken cancellationToken = default) =>
        AllAsync((cursor, ct) => assets.ListAssetsAsync(orgId, pageSize, cursor, sort, q, type, status, updatedSince: updatedSince, cancellationToken: ct),
            p => p.Items, p => p.NextCursor, cancellationToken);
}

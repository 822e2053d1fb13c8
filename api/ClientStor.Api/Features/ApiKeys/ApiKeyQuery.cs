
namespace ClientStor.Api.Features.ApiKeys;

/// <summary>The route of one key's operations.</summary>
public sealed class ApiKeyRequest
{
    [RouteParam] public Guid KeyId { get; set; }
}

/// <summary>Queries both key lists (org and platform) share.</summary>
internal static class ApiKeyQuery
{
    public static readonly SortCatalog<ApiKey> Sorts = new("-createdAt",
        new SortKey<ApiKey, DateTimeOffset>("createdAt", k => k.CreatedAt, k => k.Id),
        new SortKey<ApiKey, string>("name", k => k.Name, k => k.Id));

    /// <summary>The key with this id of the organisation (null: a platform key), or 404.</summary>
    public static async Task<ApiKey> FindAsync(IQueryable<ApiKey> keys, Guid? orgId, Guid id, CancellationToken ct) =>
        await keys.FirstOrDefaultAsync(k => k.Id == id && k.OrgId == orgId, ct) ?? throw new NotFoundException(ResourceInfo.Of<ApiKey>().Title);

    public static IQueryable<ApiKey> Filter(IQueryable<ApiKey> query, bool? includeRevoked, string? q)
    {
        if (includeRevoked != true) query = query.Where(k => k.RevokedAt == null);
        if (string.IsNullOrWhiteSpace(q))
            return query;
        var p = "%" + Like.Escape(q.Trim()) + "%";
        return query.Where(k => EF.Functions.ILike(k.Name, p, "\\") || EF.Functions.ILike(k.ClientId, p, "\\"));
    }
}

/// <summary>The query of both key lists (org and platform).</summary>
public sealed class ListApiKeysRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>createdAt</c> or <c>name</c>, <c>-</c> for descending (default <c>-createdAt</c>).</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Include revoked keys (default false).</summary>
    [QueryParam] public bool? IncludeRevoked { get; set; }
    /// <summary>Matches name or client id.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal sealed class ListApiKeysValidator : Validator<ListApiKeysRequest>
{
    public ListApiKeysValidator()
    {
        ApiKeyQuery.Sorts.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}


namespace ClientStor.Api.Features.Assets;

/// <summary>The filters the asset list and the CSV export share.</summary>
public interface IAssetFilter
{
    string? Q { get; }
    string? Type { get; }
    string? Status { get; }
    Guid? LocationId { get; }
    string? Tag { get; }
    DateOnly? WarrantyBefore { get; }
    DateTimeOffset? UpdatedSince { get; }
}

internal static class AssetQuery
{
    /// <summary>The database-computed search column (shadow property <c>search_text</c>, see the asset configuration).</summary>
    public const string SearchText = Platform.Search.SearchColumn.Property;

    public static readonly SortCatalog<Asset> Sorts = new("name",
        new SortKey<Asset, string>("name", a => a.Name, a => a.Id),
        new SortKey<Asset, DateTimeOffset>("updatedAt", a => a.UpdatedAt, a => a.Id),
        new SortKey<Asset, DateTimeOffset>("createdAt", a => a.CreatedAt, a => a.Id));

    /// <summary>400 for a type filter that names no type of the organisation (built-in, custom, or still used by an asset): a typo is not an empty list.</summary>
    public static async Task CheckTypeAsync(ClientStorDbContext db, Guid orgId, string? type, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(type) || AssetTypes.BuiltIn.Contains(type)
            || await db.CustomAssetTypes.AnyAsync(t => t.OrgId == orgId && t.Key == type, ct)
            || await db.Assets.AnyAsync(a => a.OrgId == orgId && a.Type == type, ct))
            return;
        throw new FieldErrorsException("type", $"'{type}' is not an asset type of this organisation: use a built-in type ({string.Join(", ", AssetTypes.BuiltIn)}) or one from GET asset-types.");
    }

    public static IQueryable<Asset> Filter(IQueryable<Asset> query, IAssetFilter req)
    {
        if (!string.IsNullOrWhiteSpace(req.Type)) query = query.Where(a => a.Type == req.Type);
        if (!string.IsNullOrWhiteSpace(req.Status)) query = query.Where(a => a.Status == req.Status);
        if (req.LocationId is { } location) query = query.Where(a => a.LocationId == location);
        if (!string.IsNullOrWhiteSpace(req.Tag)) query = query.Where(a => a.Tags.Contains(req.Tag.Trim()));
        if (req.WarrantyBefore is { } before) query = query.Where(a => a.WarrantyExpires < before);
        if (req.UpdatedSince is { } since) query = query.Where(a => a.UpdatedAt >= since.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var q = req.Q.Trim();
            // PostgreSQL's LIKE escapes with a backslash by default, as Like.Escape does
            var p = "%" + Like.Escape(q.ToLowerInvariant()) + "%";
            var mac = AssetTypes.NormalizeMac(q);
            query = query.Where(a => EF.Functions.Like(EF.Property<string>(a, SearchText), p) || (mac != null && a.MacAddresses.Contains(mac)));
        }
        return query;
    }
}

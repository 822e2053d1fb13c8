
namespace ClientStor.Api.Features.Assets;

public sealed class ListAssetsRequest : IListRequest, IAssetFilter
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default), <c>updatedAt</c> or <c>createdAt</c>; <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches name, serial, manufacturer, model or a MAC address.</summary>
    [QueryParam] public string? Q { get; set; }
    [QueryParam] public string? Type { get; set; }
    [OneOf("AssetStatus", typeof(AssetTypes), nameof(AssetTypes.Statuses))] [QueryParam] public string? Status { get; set; }
    [QueryParam] public Guid? LocationId { get; set; }
    [QueryParam] public string? Tag { get; set; }
    /// <summary>Warranty ends before this date (YYYY-MM-DD).</summary>
    [QueryParam] public DateOnly? WarrantyBefore { get; set; }
    /// <summary>Changed at or after this time: for incremental pulls (sort=updatedAt).</summary>
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

internal sealed class ListAssetsValidator : Validator<ListAssetsRequest>
{
    public ListAssetsValidator()
    {
        AssetQuery.Sorts.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Status).Must(s => s is null || AssetTypes.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", AssetTypes.Statuses)}.");
        RuleFor(x => x.Type).MaximumLength(64);
        RuleFor(x => x.Tag).MaximumLength(50);
    }
}

/// <summary>The organisation's assets with filters, search and keyset paging; each with its primary IP address and hostname.</summary>
public sealed class ListAssetsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListAssetsRequest, Page<AssetResponse>>
{
    public override void Configure()
    {
        Get("assets");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "List assets");
    }

    public override async Task HandleAsync(ListAssetsRequest req, CancellationToken ct)
    {
        await AssetQuery.CheckTypeAsync(db, org.Id, req.Type, ct);
        var page = await AssetQuery.Sorts.PageAsync(AssetQuery.Filter(db.Assets.AsNoTracking().Where(a => a.OrgId == org.Id), req), req, AssetMapper.ToResponse, ct);
        await AssetAddresses.FillAsync(db, page.Items, ct);
        await Send.OkAsync(page, ct);
    }
}

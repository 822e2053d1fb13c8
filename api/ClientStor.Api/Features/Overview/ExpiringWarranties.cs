using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Orgs;

namespace ClientStor.Api.Features.Overview;

/// <summary>The warranty window of a page that lists warranties ending soon (the overview, the home dashboard).</summary>
public sealed class WarrantyWindowRequest
{
    /// <summary>Warranties ending within this many days, 1 to 365 (default 90); those ended in the last 30 days are listed too.</summary>
    [QueryParam] public int? WarrantyDays { get; set; }
}

internal sealed class WarrantyWindowValidator : Validator<WarrantyWindowRequest>
{
    public WarrantyWindowValidator() =>
        RuleFor(x => x.WarrantyDays).InclusiveBetween(1, 365).WithMessage("warrantyDays must be between 1 and 365.");
}

/// <summary>An asset whose warranty ends soon or ended lately.</summary>
public sealed class ExpiringWarranty
{
    public required Guid AssetId { get; init; }
    public required Guid OrgId { get; init; }
    public required string OrgName { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string Status { get; init; }
    public required DateOnly WarrantyExpires { get; init; }
    /// <summary>Days from today (UTC) to the end of the warranty; negative once it has ended.</summary>
    public required int DaysLeft { get; init; }
    /// <summary>The warranty has already ended (within the last 30 days).</summary>
    public required bool Expired { get; init; }
}

public sealed class ExpiringWarranties
{
    /// <summary>The window looked at: warranties ending within this many days.</summary>
    public required int Days { get; init; }
    /// <summary>Soonest first: those that ended in the last 30 days (flagged <c>expired</c>), then those ending next.</summary>
    public required IReadOnlyList<ExpiringWarranty> Items { get; init; }
    /// <summary>How many assets are in the window in all (more than <c>items</c> when the list was cut short).</summary>
    public required int Total { get; init; }
}

/// <summary>
/// Warranties of assets (not retired ones) that end within a number of days or ended in the last 30, soonest first, in one
/// organisation or many (served by the <c>(org_id, warranty_expires)</c> index, and for every organisation by the partial
/// index on <c>warranty_expires</c>).
/// </summary>
public sealed class WarrantyWatch(ClientStorDbContext db)
{
    public const int DefaultDays = 90;
    public const int ExpiredDays = 30;

    /// <summary>At most <paramref name="limit"/> items in <paramref name="orgIds"/> (null: every organisation).</summary>
    public async Task<ExpiringWarranties> FindAsync(IReadOnlyList<Guid>? orgIds, int days, int limit, CancellationToken ct)
    {
        if (orgIds is { Count: 0 })
            return new ExpiringWarranties { Days = days, Items = [], Total = 0 };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (from, to) = (today.AddDays(-ExpiredDays), today.AddDays(days));
        var assets = db.Assets.AsNoTracking().Where(a => a.WarrantyExpires >= from && a.WarrantyExpires <= to && a.Status != "retired");
        if (orgIds is not null)
            assets = assets.Where(a => orgIds.Contains(a.OrgId));
        var rows = await assets.OrderBy(a => a.WarrantyExpires).ThenBy(a => a.Id).Take(limit)
            .Select(a => new { a.Id, a.OrgId, a.Name, a.Type, a.Status, WarrantyExpires = a.WarrantyExpires!.Value }).ToListAsync(ct);
        var total = rows.Count < limit ? rows.Count : await assets.CountAsync(ct);
        var ids = rows.Select(r => r.OrgId).Distinct().ToList();
        var names = await db.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new ExpiringWarranties
        {
            Days = days, Total = total,
            Items = [.. rows.Select(r => new ExpiringWarranty
            {
                AssetId = r.Id, OrgId = r.OrgId, OrgName = names.GetValueOrDefault(r.OrgId, ""), Name = r.Name, Type = r.Type, Status = r.Status,
                WarrantyExpires = r.WarrantyExpires, DaysLeft = r.WarrantyExpires.DayNumber - today.DayNumber, Expired = r.WarrantyExpires < today,
            })],
        };
    }
}

using ClientStor.Api.Features.Orgs;
using Npgsql;

namespace ClientStor.Api.Features.Me;

/// <summary>A favourite or recently opened item, resolved from current data.</summary>
public sealed class MyItemResponse : IHasEtag
{
    /// <summary><c>org</c>, <c>asset</c>, <c>credential</c>, <c>contact</c>, <c>location</c>, <c>subnet</c> or <c>rack</c>.</summary>
    public required string Type { get; init; }
    /// <summary>The item's id (for an organisation, the organisation's).</summary>
    public required Guid Id { get; init; }
    public required Guid OrgId { get; init; }
    public required string OrgName { get; init; }
    /// <summary>What global search shows for it: the name (a subnet's network).</summary>
    public required string Title { get; init; }
    public required string? Subtitle { get; init; }
    /// <summary>When it became a favourite, or when it was last opened (recent items).</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>The favourite's (or recent item's) version, for <c>If-Match</c> when removing it.</summary>
    public required string Etag { get; init; }
}

/// <summary>
/// A person's favourites and recently opened items. Lists answer only what the person may still see today (an item whose
/// access was withdrawn is left out, and comes back with the access); items that no longer exist are removed as the list
/// is read (audited, like any removal). Every change writes one audit row, in the item's organisation.
/// </summary>
public sealed class MyItems(ClientStorDbContext db, ItemDirectory directory, AuditedChanges changes)
{
    public const int MaxFavourites = 100;
    public const int MaxRecents = 20;
    /// <summary>Opening the newest recent item again within this time changes nothing (a page reloaded, a tab restored).</summary>
    private static readonly TimeSpan Reopened = TimeSpan.FromMinutes(10);

    private sealed record Row(object Entity, string Type, Guid Id, DateTimeOffset At, uint Version);

    public async Task<List<MyItemResponse>> FavouritesAsync(Guid userId, CallerOrgs caller, CancellationToken ct)
    {
        var rows = await db.Favourites.Where(f => f.UserId == userId).OrderBy(f => f.Position).ThenBy(f => f.CreatedAt).ToListAsync(ct);
        return await VisibleAsync([.. rows.Select(f => new Row(f, f.ItemType, f.ItemId, f.CreatedAt, f.Version))], caller, ct);
    }

    public async Task<List<MyItemResponse>> RecentsAsync(Guid userId, CallerOrgs caller, CancellationToken ct)
    {
        var rows = await db.RecentItems.Where(r => r.UserId == userId).OrderByDescending(r => r.OpenedAt).Take(MaxRecents).ToListAsync(ct);
        return await VisibleAsync([.. rows.Select(r => new Row(r, r.ItemType, r.ItemId, r.OpenedAt, r.Version))], caller, ct);
    }

    /// <summary>
    /// Adds the item at the end of the favourites, or at <paramref name="position"/>; a favourite already there moves to
    /// <paramref name="position"/> (or stays). 404 when the caller cannot see the item; 409 past <see cref="MaxFavourites"/>.
    /// </summary>
    public async Task<MyItemResponse> SaveFavouriteAsync(Guid userId, CallerOrgs caller, string type, Guid id, int? position, CancellationToken ct)
    {
        var item = await VisibleItemAsync(caller, type, id, ct);
        var list = await db.Favourites.Where(f => f.UserId == userId).OrderBy(f => f.Position).ThenBy(f => f.CreatedAt).ToListAsync(ct);
        var favourite = list.FirstOrDefault(f => f.ItemType == type && f.ItemId == id);
        var added = favourite is null;
        if (favourite is null)
        {
            if (list.Count >= MaxFavourites)
                throw new ConflictException($"You have {MaxFavourites} favourites, the most there can be: remove one first.");
            favourite = new Favourite
            {
                Id = Guid.CreateVersion7(), UserId = userId, ItemType = type, ItemId = id, ItemOrgId = item.OrgId, CreatedAt = DateTimeOffset.UtcNow,
            };
            list.Add(favourite);
        }
        if (position is { } to)
        {
            list.Remove(favourite);
            list.Insert(Math.Min(to, list.Count), favourite);
        }
        for (var i = 0; i < list.Count; i++)
            list[i].Position = i;
        await SaveOnceAsync(async () =>
        {
            if (added)
                await changes.CreatedAsync(favourite, ct, details: new { name = item.Title }, orgId: item.OrgId);
            else
                await changes.UpdatedAsync(favourite, ct, details: new { name = item.Title }, orgId: item.OrgId);
        });
        return await RespondAsync(item, favourite.CreatedAt, favourite.Version, ct);
    }

    /// <summary>Removes a favourite (whether or not its item can still be seen); 404 when it is not one.</summary>
    public async Task RemoveFavouriteAsync(Guid userId, string type, Guid id, HttpContext http, CancellationToken ct)
    {
        var favourite = await db.Favourites.FirstOrDefaultAsync(f => f.UserId == userId && f.ItemType == type && f.ItemId == id, ct)
            ?? throw new NotFoundException("The favourite");
        Platform.Http.ETags.CheckIfMatch(http, favourite);
        var name = (await directory.FindAsync([(type, id)], ct)).Values.FirstOrDefault()?.Title;
        await changes.DeletedAsync(favourite, ct, details: new { name }, orgId: favourite.ItemOrgId);
    }

    /// <summary>
    /// Records that the caller opened the item: it becomes the newest recent item (moved up if it was one) and the oldest
    /// beyond <see cref="MaxRecents"/> are dropped (named in the one audit row). 404 when the caller cannot see it.
    /// </summary>
    public async Task<MyItemResponse> RecordRecentAsync(Guid userId, CallerOrgs caller, string type, Guid id, CancellationToken ct)
    {
        var item = await VisibleItemAsync(caller, type, id, ct);
        var now = DateTimeOffset.UtcNow;
        var list = await db.RecentItems.Where(r => r.UserId == userId).OrderByDescending(r => r.OpenedAt).ToListAsync(ct);
        var recent = list.FirstOrDefault(r => r.ItemType == type && r.ItemId == id);
        if (recent is not null && list[0] == recent && recent.OpenedAt > now - Reopened)
            return await RespondAsync(item, recent.OpenedAt, recent.Version, ct);
        if (recent is not null)
        {
            recent.OpenedAt = now;
            await SaveOnceAsync(() => changes.UpdatedAsync(recent, ct, details: new { name = item.Title }, orgId: item.OrgId));
            return await RespondAsync(item, recent.OpenedAt, recent.Version, ct);
        }
        recent = new RecentItem { Id = Guid.CreateVersion7(), UserId = userId, ItemType = type, ItemId = id, ItemOrgId = item.OrgId, OpenedAt = now };
        var dropped = list.Skip(MaxRecents - 1).ToList();
        db.RemoveRange(dropped);
        var details = new { name = item.Title, dropped = dropped.Select(d => new { type = d.ItemType, id = d.ItemId }).ToList() };
        await SaveOnceAsync(() => changes.CreatedAsync(recent, ct, details: details, orgId: item.OrgId));
        return await RespondAsync(item, recent.OpenedAt, recent.Version, ct);
    }

    private async Task<ItemInfo> VisibleItemAsync(CallerOrgs caller, string type, Guid id, CancellationToken ct) =>
        (await directory.FindAsync([(type, id)], ct)).Values.FirstOrDefault(i => directory.MaySee(caller, type, i.OrgId))
        ?? throw new NotFoundException("The item");

    private async Task<MyItemResponse> RespondAsync(ItemInfo item, DateTimeOffset at, uint version, CancellationToken ct)
    {
        var orgName = await db.Orgs.AsNoTracking().Where(o => o.Id == item.OrgId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        return Response(item, orgName, at, version);
    }

    private static MyItemResponse Response(ItemInfo item, string orgName, DateTimeOffset at, uint version) => new()
    {
        Type = item.Type, Id = item.Id, OrgId = item.OrgId, OrgName = orgName, Title = item.Title, Subtitle = item.Subtitle, At = at,
        Etag = Platform.Http.ETags.For(version),
    };

    /// <summary>The rows whose items the caller may see, resolved; rows whose items are gone are removed with their audit rows.</summary>
    private async Task<List<MyItemResponse>> VisibleAsync(List<Row> rows, CallerOrgs caller, CancellationToken ct)
    {
        var items = await directory.FindAsync(rows.Select(r => (r.Type, r.Id)), ct);
        var gone = rows.Where(r => !items.ContainsKey((r.Type, r.Id))).ToList();
        if (gone.Count > 0)
            await SaveOnceAsync(() => changes.SaveAsync([.. gone.Select(r => changes.StageDeleted(r.Entity, new { reason = "The item no longer exists." },
                r.Entity is Favourite f ? f.ItemOrgId : ((RecentItem)r.Entity).ItemOrgId))], ct));
        var visible = rows.Where(r => items.TryGetValue((r.Type, r.Id), out var i) && directory.MaySee(caller, r.Type, i.OrgId))
            .Select(r => (Row: r, Item: items[(r.Type, r.Id)])).ToList();
        var orgIds = visible.Select(v => v.Item.OrgId).Distinct().ToList();
        var names = await db.Orgs.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. visible.Select(v => Response(v.Item, names.GetValueOrDefault(v.Item.OrgId, ""), v.Row.At, v.Row.Version))];
    }

    /// <summary>
    /// Saves, treating a concurrent twin (two tabs recording the same item, a double click) as done: the unique index on
    /// (user, type, item) refuses the second row, and the first already says what the second would have.
    /// </summary>
    private async Task SaveOnceAsync(Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
        }
    }
}

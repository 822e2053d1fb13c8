using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Racks;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Features.Me;

/// <summary>An item as it is today: its organisation, and the title and subtitle global search shows for it.</summary>
public sealed record ItemInfo(string Type, Guid Id, Guid OrgId, string Title, string? Subtitle);

/// <summary>
/// The kinds of item a person can keep as favourites or recently opened, looked up by id from current data. Who may see
/// one is what global search says: the read permission its search provider declares, in the item's organisation.
/// </summary>
public sealed class ItemDirectory(ClientStorDbContext db, IEnumerable<ISearchProvider> providers)
{
    public static readonly IReadOnlyList<string> Types = ["org", "asset", "credential", "contact", "location", "subnet", "rack"];

    public static bool IsType(string? type) => type is not null && Types.Contains(type, StringComparer.Ordinal);

    /// <summary>Whether the caller may see an item of <paramref name="type"/> in <paramref name="orgId"/> today.</summary>
    public bool MaySee(CallerOrgs caller, string type, Guid orgId) =>
        caller.With(providers.First(p => p.Type == type).Permission) is not { } orgs || orgs.Contains(orgId);

    /// <summary>The items that still exist, by (type, id); one query per type asked for.</summary>
    public async Task<Dictionary<(string Type, Guid Id), ItemInfo>> FindAsync(IEnumerable<(string Type, Guid Id)> items, CancellationToken ct)
    {
        var found = new Dictionary<(string, Guid), ItemInfo>();
        foreach (var group in items.Distinct().GroupBy(i => i.Type))
        {
            var ids = group.Select(i => i.Id).ToList();
            foreach (var info in await FindAsync(group.Key, ids, ct))
                found[(info.Type, info.Id)] = info;
        }
        return found;
    }

    private async Task<IEnumerable<ItemInfo>> FindAsync(string type, List<Guid> ids, CancellationToken ct) => type switch
    {
        "org" => await db.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new ItemInfo(type, o.Id, o.Id, o.Name, o.Status == OrgStatus.Archived ? "Archived" : o.Slug)).ToListAsync(ct),
        "asset" => (await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.OrgId, a.Name, a.Type, a.Manufacturer, a.Model }).ToListAsync(ct))
            .Select(a => new ItemInfo(type, a.Id, a.OrgId, a.Name, AssetSearch.Subtitle(a.Type, a.Manufacturer, a.Model))),
        "credential" => await db.Credentials.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ItemInfo(type, c.Id, c.OrgId, c.Name, c.Username ?? c.Url)).ToListAsync(ct),
        "contact" => await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ItemInfo(type, c.Id, c.OrgId, c.Name, c.Role ?? c.Email)).ToListAsync(ct),
        "location" => await db.Locations.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new ItemInfo(type, l.Id, l.OrgId, l.Name, l.Address ?? l.Kind)).ToListAsync(ct),
        "subnet" => (await db.Subnets.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.OrgId, s.Network, s.Name }).ToListAsync(ct))
            .Select(s => new ItemInfo(type, s.Id, s.OrgId, s.Network.ToString(), s.Name)),
        "rack" => await db.Racks.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new ItemInfo(type, r.Id, r.OrgId, r.Name, r.HeightU + "U")).ToListAsync(ct),
        _ => [],
    };
}

using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Overview;
using ClientStor.Api.Features.Racks;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Features.Me;

public sealed class DashboardResponse
{
    /// <summary>Your favourites in your order (as <c>GET /api/v1/me/favourites</c>).</summary>
    public required IReadOnlyList<MyItemResponse> Favourites { get; init; }
    /// <summary>The items you opened lately, newest first (as <c>GET /api/v1/me/recents</c>).</summary>
    public required IReadOnlyList<MyItemResponse> Recents { get; init; }
    /// <summary>Warranties ending soon or ended lately in every organisation where you hold <c>assets.read</c>, the first 20.</summary>
    public required ExpiringWarranties ExpiringWarranties { get; init; }
    /// <summary>The latest 20 changes and secret reveals in plain language, in the organisations where you hold <c>audit.read</c>.</summary>
    public required IReadOnlyList<ActivityItem> RecentActivity { get; init; }
    /// <summary>Your top clients (up to 8) with their counts.</summary>
    public required IReadOnlyList<DashboardClient> Clients { get; init; }
}

/// <summary>A client on the dashboard: counts of what you may read there (null where you may not).</summary>
public sealed class DashboardClient
{
    public required Guid OrgId { get; init; }
    public required string OrgName { get; init; }
    /// <summary>The organisation itself is one of your favourites.</summary>
    public required bool Favourite { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Assets { get; init; }
    /// <summary><c>vault.read</c>.</summary>
    public required int? Credentials { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Contacts { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Locations { get; init; }
    /// <summary><c>ipam.read</c>.</summary>
    public required int? Subnets { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Racks { get; init; }
}

/// <summary>
/// The home dashboard: your favourites and recently opened items, warranties ending soon across every client you may read,
/// recent activity across your clients in plain language, and counts for your top clients.
/// </summary>
public sealed class GetMyDashboardEndpoint(ClientStorDbContext db, CurrentActor actor, MyItems items, ActivityFeed activity, WarrantyWatch warranties)
    : Endpoint<WarrantyWindowRequest, DashboardResponse>
{
    private const int TopClients = 8;
    private const int Shown = 20;

    public override void Configure()
    {
        Get("me/dashboard");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s =>
        {
            s.Summary = "My home dashboard";
            s.Description = "For a signed-in person (not an API key). Favourites and recent items are those you can still see. Expiring " +
                "warranties come from every organisation where you hold assets.read (credentials have no expiry). Recent activity comes " +
                "from the audit logs of the organisations where you hold audit.read — the permission that reads those logs; org.read " +
                "alone would show who revealed which secret to people who may not read the audit log. Top clients: the organisations " +
                "you made favourites, then those of your other favourites and recent items, then the rest by name, up to 8; each " +
                "count needs its read permission there (assets.read, vault.read, ipam.read) and is null without it. Every query is " +
                "bounded (an index per question, a limit per organisation), so the answer stays fast for an administrator of " +
                "hundreds of organisations.";
        });
    }

    public override async Task HandleAsync(WarrantyWindowRequest req, CancellationToken ct)
    {
        var userId = actor.UserId!.Value;
        var caller = await CallerOrgs.LoadAsync(actor, db, ct);
        var favourites = await items.FavouritesAsync(userId, caller, ct);
        var recents = await items.RecentsAsync(userId, caller, ct);
        await Send.OkAsync(new DashboardResponse
        {
            Favourites = favourites,
            Recents = recents,
            ExpiringWarranties = await warranties.FindAsync(caller.With("assets.read"), req.WarrantyDays ?? WarrantyWatch.DefaultDays, Shown, ct),
            RecentActivity = await activity.RecentAsync(caller.With("audit.read"), Shown, ct),
            Clients = await ClientsAsync(caller, favourites, recents, ct),
        }, ct);
    }

    private async Task<List<DashboardClient>> ClientsAsync(CallerOrgs caller, List<MyItemResponse> favourites, List<MyItemResponse> recents, CancellationToken ct)
    {
        var favouriteOrgs = favourites.Where(f => f.Type == "org").Select(f => f.OrgId).ToHashSet();
        var top = favourites.Where(f => f.Type == "org").Concat(favourites).Concat(recents).Select(i => i.OrgId).Distinct().Take(TopClients).ToList();
        if (top.Count < TopClients)
        {
            var more = db.Orgs.AsNoTracking().Where(o => o.Status == OrgStatus.Active && !top.Contains(o.Id));
            if (caller.Visible is { } visible)
                more = more.Where(o => visible.Contains(o.Id));
            top.AddRange(await more.OrderBy(o => o.NormalizedName).ThenBy(o => o.Id).Take(TopClients - top.Count).Select(o => o.Id).ToListAsync(ct));
        }
        var names = await db.Orgs.AsNoTracking().Where(o => top.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        IReadOnlyList<Guid> Where(string permission) => caller.With(permission) is { } orgs ? [.. top.Where(orgs.Contains)] : top;
        var (assetOrgs, vaultOrgs, ipamOrgs) = (Where("assets.read"), Where("vault.read"), Where("ipam.read"));
        var assets = await CountAsync(db.Assets, assetOrgs, ct);
        var credentials = await CountAsync(db.Credentials, vaultOrgs, ct);
        var contacts = await CountAsync(db.Contacts, assetOrgs, ct);
        var locations = await CountAsync(db.Locations, assetOrgs, ct);
        var subnets = await CountAsync(db.Subnets, ipamOrgs, ct);
        var racks = await CountAsync(db.Racks, assetOrgs, ct);
        int? Of(Dictionary<Guid, int> counts, IReadOnlyList<Guid> allowed, Guid org) => allowed.Contains(org) ? counts.GetValueOrDefault(org) : null;
        return [.. top.Where(names.ContainsKey).Select(org => new DashboardClient
        {
            OrgId = org, OrgName = names[org], Favourite = favouriteOrgs.Contains(org),
            Assets = Of(assets, assetOrgs, org), Credentials = Of(credentials, vaultOrgs, org), Contacts = Of(contacts, assetOrgs, org),
            Locations = Of(locations, assetOrgs, org), Subnets = Of(subnets, ipamOrgs, org), Racks = Of(racks, assetOrgs, org),
        })];
    }

    /// <summary>Rows per organisation of <paramref name="orgIds"/>, one grouped query.</summary>
    private static async Task<Dictionary<Guid, int>> CountAsync<T>(IQueryable<T> rows, IReadOnlyList<Guid> orgIds, CancellationToken ct) where T : class, IOrgEntity =>
        orgIds.Count == 0 ? [] : await rows.AsNoTracking().Where(x => orgIds.Contains(x.OrgId)).GroupBy(x => x.OrgId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}

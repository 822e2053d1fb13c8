using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Racks;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Features.Overview;

public sealed class OrgOverviewResponse
{
    public required Guid OrgId { get; init; }
    public required string OrgName { get; init; }
    /// <summary><c>active</c> or <c>archived</c>.</summary>
    public required string Status { get; init; }
    public required OverviewCounts Counts { get; init; }
    /// <summary>Pinned credentials by name, metadata only (never a secret), the first 20. Null without <c>vault.read</c>.</summary>
    public required OverviewList<CredentialResponse>? PinnedCredentials { get; init; }
    /// <summary>Key contacts by name, the first 20. Null without <c>assets.read</c>.</summary>
    public required OverviewList<ContactResponse>? KeyContacts { get; init; }
    /// <summary>Sites first, then network closets, each by name; the first 20. Null without <c>assets.read</c>.</summary>
    public required OverviewList<LocationResponse>? Locations { get; init; }
    /// <summary>Warranties ending soon or ended lately, the first 20. Null without <c>assets.read</c>.</summary>
    public required ExpiringWarranties? ExpiringWarranties { get; init; }
    /// <summary>The latest changes and secret reveals, newest first, in plain language (15). Null without <c>audit.read</c>.</summary>
    public required IReadOnlyList<ActivityItem>? RecentChanges { get; init; }
}

/// <summary>How many things the organisation holds; each count is null when the caller may not read that kind.</summary>
public sealed class OverviewCounts
{
    /// <summary><c>assets.read</c>.</summary>
    public required AssetCounts? Assets { get; init; }
    /// <summary><c>vault.read</c>.</summary>
    public required int? Credentials { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Contacts { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Locations { get; init; }
    /// <summary><c>ipam.read</c>.</summary>
    public required int? Subnets { get; init; }
    /// <summary><c>ipam.read</c>.</summary>
    public required int? IpAddresses { get; init; }
    /// <summary><c>assets.read</c>.</summary>
    public required int? Racks { get; init; }
}

public sealed class AssetCounts
{
    public required int Total { get; init; }
    /// <summary>Every asset status (planned, active, in-repair, spare, retired) with its count, zeros included.</summary>
    public required IReadOnlyList<StatusCount> ByStatus { get; init; }
}

public sealed class StatusCount
{
    public required string Status { get; init; }
    public required int Count { get; init; }
}

/// <summary>
/// The landing page of a client: counts, pinned credentials, key contacts, locations, warranties ending soon and recent
/// changes in plain language — each section only when the caller may read it there, otherwise null.
/// </summary>
public sealed class GetOrgOverviewEndpoint(ClientStorDbContext db, CurrentOrg org, ActivityFeed activity, WarrantyWatch warranties, AuditLog audit)
    : Endpoint<WarrantyWindowRequest, OrgOverviewResponse>
{
    private const int Shown = 20;
    private const int Changes = 15;

    public override void Configure()
    {
        Get("overview");
        Group<OverviewGroup>();
        this.RequireOrgPermission("org.read");
        Summary(s =>
        {
            s.Summary = "An organisation's overview";
            s.Description = "Needs org.read; every section also needs its own read permission in the organisation (for an API key: scope), " +
                "and is null without it: assets, contacts, locations and racks counts, key contacts, locations and expiring warranties need " +
                "assets.read; the credential count and pinned credentials vault.read (metadata only, never a secret; showing pinned credentials " +
                "is recorded in the audit log like a vault listing); subnet and IP address counts ipam.read; recent changes audit.read (they " +
                "come from the audit log: changes, secret reveals and access changes, not metadata reads).";
        });
    }

    public override async Task HandleAsync(WarrantyWindowRequest req, CancellationToken ct)
    {
        var orgId = org.Id;
        var current = await db.Orgs.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct) ?? throw new NotFoundException(ResourceInfo.Of<Org>().Title);
        bool May(string permission) => org.Permissions.Contains(permission);
        var (assets, vault, ipam) = (May("assets.read"), May("vault.read"), May("ipam.read"));

        var pinned = vault ? await PinnedAsync(orgId, ct) : null;
        if (pinned is { Items.Count: > 0 })
            // Credential metadata read from the vault is recorded, as the vault's own list records it.
            await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.listed")
            {
                OrgId = orgId, TargetType = "credential", Details = new { count = pinned.Items.Count, pinned = true, source = "overview" },
            }, ct);

        await Send.OkAsync(new OrgOverviewResponse
        {
            OrgId = orgId, OrgName = current.Name, Status = current.Status == OrgStatus.Archived ? "archived" : "active",
            Counts = new OverviewCounts
            {
                Assets = assets ? await AssetCountsAsync(orgId, ct) : null,
                Credentials = vault ? await db.Credentials.CountAsync(c => c.OrgId == orgId, ct) : null,
                Contacts = assets ? await db.Contacts.CountAsync(c => c.OrgId == orgId, ct) : null,
                Locations = assets ? await db.Locations.CountAsync(l => l.OrgId == orgId, ct) : null,
                Subnets = ipam ? await db.Subnets.CountAsync(s => s.OrgId == orgId, ct) : null,
                IpAddresses = ipam ? await db.IpAddresses.CountAsync(i => i.OrgId == orgId, ct) : null,
                Racks = assets ? await db.Racks.CountAsync(r => r.OrgId == orgId, ct) : null,
            },
            PinnedCredentials = pinned,
            KeyContacts = assets ? await ListAsync(db.Contacts.AsNoTracking().Where(c => c.OrgId == orgId && c.IsKey).OrderBy(c => c.Name).ThenBy(c => c.Id),
                ContactMapper.ToResponse, ct) : null,
            Locations = assets ? await ListAsync(db.Locations.AsNoTracking().Where(l => l.OrgId == orgId).OrderBy(l => l.Kind == "site" ? 0 : 1)
                .ThenBy(l => l.Name).ThenBy(l => l.Id), LocationMapper.ToResponse, ct) : null,
            ExpiringWarranties = assets ? await warranties.FindAsync([orgId], req.WarrantyDays ?? WarrantyWatch.DefaultDays, Shown, ct) : null,
            RecentChanges = May("audit.read") ? await activity.RecentAsync([orgId], Changes, ct) : null,
        }, ct);
    }

    private Task<OverviewList<CredentialResponse>> PinnedAsync(Guid orgId, CancellationToken ct) =>
        ListAsync(db.Credentials.AsNoTracking().Include(c => c.Secrets).Include(c => c.AssetLinks).AsSingleQuery().Where(c => c.OrgId == orgId && c.Pinned).OrderBy(c => c.Name).ThenBy(c => c.Id),
            VaultMapper.ToResponse, ct);

    private async Task<AssetCounts> AssetCountsAsync(Guid orgId, CancellationToken ct)
    {
        var counts = await db.Assets.AsNoTracking().Where(a => a.OrgId == orgId).GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        return new AssetCounts
        {
            Total = counts.Values.Sum(),
            ByStatus = [.. AssetTypes.Statuses.Concat(counts.Keys.Except(AssetTypes.Statuses)).Select(s => new StatusCount { Status = s, Count = counts.GetValueOrDefault(s) })],
        };
    }

    /// <summary>The first <see cref="Shown"/> of an ordered query, and how many there are.</summary>
    private static async Task<OverviewList<TResponse>> ListAsync<T, TResponse>(IOrderedQueryable<T> query, Func<T, TResponse> map, CancellationToken ct)
    {
        var items = await query.Take(Shown).ToListAsync(ct);
        return new OverviewList<TResponse> { Items = [.. items.Select(map)], Total = items.Count < Shown ? items.Count : await query.CountAsync(ct) };
    }
}

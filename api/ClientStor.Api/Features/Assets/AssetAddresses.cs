using System.Net;
using ClientStor.Api.Features.Ipam;

namespace ClientStor.Api.Features.Assets;

/// <summary>The primary IP address and hostname of assets, for lists: one batched query per page, never one per asset.</summary>
internal static class AssetAddresses
{
    /// <summary>Fills <see cref="AssetResponse.PrimaryIp"/> and <see cref="AssetResponse.Hostname"/> of a page's assets.</summary>
    public static async Task FillAsync(ClientStorDbContext db, IReadOnlyList<AssetResponse> assets, CancellationToken ct)
    {
        if (assets.Count == 0)
            return;
        var ids = assets.Select(a => a.Id).ToList();
        var rows = await db.IpAddresses.AsNoTracking().Where(i => i.AssetId != null && ids.Contains(i.AssetId.Value))
            .Select(i => new { AssetId = i.AssetId!.Value, i.Address, i.Hostname }).ToListAsync(ct);
        var byAsset = rows.GroupBy(r => r.AssetId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Address, Lowest).ToList());
        foreach (var asset in assets)
        {
            if (!byAsset.TryGetValue(asset.Id, out var addresses))
                continue;
            asset.PrimaryIp = addresses[0].Address.ToString();
            // The primary address's name, else the first named address: a hostname documented on any address says what the asset is called.
            asset.Hostname = addresses.Select(a => a.Hostname).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
        }
    }

    /// <summary>IPv4 before IPv6, then numerically (10.0.0.9 before 10.0.0.10): a deterministic "lowest address".</summary>
    internal static readonly IComparer<IPAddress> Lowest = Comparer<IPAddress>.Create((x, y) =>
    {
        var family = x.AddressFamily.CompareTo(y.AddressFamily);
        if (family != 0)
            return family;
        return x.GetAddressBytes().AsSpan().SequenceCompareTo(y.GetAddressBytes());
    });
}

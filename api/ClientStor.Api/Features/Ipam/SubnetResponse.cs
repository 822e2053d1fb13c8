using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Ipam;

/// <summary>The route of one subnet (get, next free address, delete).</summary>
public sealed class SubnetRequest
{
    [RouteParam] public Guid SubnetId { get; set; }
}

public sealed class SubnetResponse : IHasEtag
{
    public required Guid Id { get; set; }
    /// <summary>CIDR notation, e.g. <c>10.0.1.0/24</c> or <c>2001:db8::/48</c>.</summary>
    public required string Network { get; set; }
    /// <summary>4 or 6.</summary>
    public required int Family { get; set; }
    public required string? Name { get; set; }
    public required string? Description { get; set; }
    public required Guid? VlanId { get; set; }
    public required Guid? LocationId { get; set; }
    /// <summary>The most specific other subnet containing this one.</summary>
    public required Guid? ParentId { get; set; }
    /// <summary>Documented addresses inside the network (including those of child subnets).</summary>
    public required long UsedAddresses { get; set; }
    /// <summary>Usable host addresses (v4 without network and broadcast); very large for IPv6.</summary>
    public required double UsableAddresses { get; set; }
    public required double UtilisationPercent { get; set; }
    public required string Etag { get; set; }
}

/// <summary>Subnets as responses: each with its parent and utilisation, read for all of them in one statement.</summary>
internal static class SubnetReads
{
    private sealed record Stats(Guid Id, long Used, Guid? ParentId);

    public static async Task<List<SubnetResponse>> ProjectAsync(ClientStorDbContext db, List<Subnet> subnets, CancellationToken ct)
    {
        var ids = subnets.Select(s => s.Id).ToArray();
        var stats = ids.Length == 0 ? [] : await db.Database.SqlQuery<Stats>($"""
            SELECT s.id,
                   (SELECT count(*) FROM ip_addresses i WHERE i.org_id = s.org_id AND i.address <<= s.network) AS used,
                   (SELECT p.id FROM subnets p WHERE p.org_id = s.org_id AND p.network >> s.network ORDER BY masklen(p.network) DESC LIMIT 1) AS parent_id
            FROM subnets s WHERE s.id = ANY({ids})
            """).ToListAsync(ct);
        var byId = stats.ToDictionary(s => s.Id);
        return subnets.Select(s =>
        {
            var usable = (double)IpMath.UsableCount(s.Network);
            var used = byId.TryGetValue(s.Id, out var st) ? st.Used : 0;
            return new SubnetResponse
            {
                Id = s.Id, Network = s.Network.ToString(), Family = IpMath.Bits(s.Network) == 32 ? 4 : 6, Name = s.Name, Description = s.Description,
                VlanId = s.VlanId, LocationId = s.LocationId, ParentId = st?.ParentId, UsedAddresses = used, UsableAddresses = usable,
                UtilisationPercent = usable == 0 ? 0 : Math.Round(100.0 * used / usable, 2), Etag = ETags.For(s.Version),
            };
        }).ToList();
    }

    public static async Task<SubnetResponse> ProjectAsync(ClientStorDbContext db, Subnet subnet, CancellationToken ct) =>
        (await ProjectAsync(db, [subnet], ct))[0];
}

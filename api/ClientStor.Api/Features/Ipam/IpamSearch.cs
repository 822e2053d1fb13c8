namespace ClientStor.Api.Features.Ipam;

/// <summary>Global search over subnets: the network as written (<c>10.0.1.0/24</c>), name and description.</summary>
internal sealed class SubnetSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "subnet";
    public string Label => "Subnets";
    public string? Permission => "ipam.read";
    public int Order => 60;

    public async Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        (await db.Subnets.AsNoTracking().Matching(query).Select(s => new { s.Id, s.OrgId, s.Network, s.Name, s.Description }).ToListAsync(ct))
            .Select(s => new SearchCandidate(s.Id, s.OrgId, s.Network.ToString(), s.Name,
                [new("network", s.Network.ToString()), new("name", s.Name), new("description", s.Description)]))
            .ToList();
}

/// <summary>Global search over IP addresses: the address (<c>10.0.1.</c> finds the block), hostname and description.</summary>
internal sealed class IpAddressSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "ipAddress";
    public string Label => "IP addresses";
    public string? Permission => "ipam.read";
    public int Order => 70;

    public async Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        (await db.IpAddresses.AsNoTracking().Matching(query).Select(i => new { i.Id, i.OrgId, i.SubnetId, i.Address, i.Hostname, i.Description, i.Status }).ToListAsync(ct))
            .Select(i => new SearchCandidate(i.Id, i.OrgId, i.Address.ToString(), i.Hostname ?? i.Status,
                [new("address", i.Address.ToString()), new("hostname", i.Hostname), new("description", i.Description)], i.SubnetId))
            .ToList();
}

/// <summary>Global search over VLANs: the VLAN id, name and description.</summary>
internal sealed class VlanSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "vlan";
    public string Label => "VLANs";
    public string? Permission => "ipam.read";
    public int Order => 80;

    public Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct) =>
        db.Vlans.AsNoTracking().Matching(query)
            .Select(v => new SearchCandidate(v.Id, v.OrgId, v.Name, "VLAN " + v.Vid,
                new SearchField[] { new("name", v.Name), new("vid", v.Vid.ToString()), new("description", v.Description) }, null))
            .ToListAsync(ct);
}

/// <summary>
/// Assets found by their IP addresses or hostnames (the address records linked to them): the second provider of the
/// <c>asset</c> type, merged with the asset module's own.
/// </summary>
internal sealed class AssetAddressSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "asset";
    public string Label => "Assets";
    public string? Permission => "assets.read";
    public int Order => 20;

    public async Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct)
    {
        var rows = await (
            from ip in db.IpAddresses.AsNoTracking().Where(i => i.AssetId != null).Matching(query)
            join asset in db.Set<Assets.Asset>() on ip.AssetId equals asset.Id
            select new { asset.Id, asset.OrgId, asset.Name, asset.Type, asset.Manufacturer, asset.Model, ip.Address, ip.Hostname }).ToListAsync(ct);
        // Only the address's own fields are offered as the match: the asset's name matched in its own provider, if at all.
        return rows.Select(r => new SearchCandidate(r.Id, r.OrgId, r.Name, Assets.AssetSearch.Subtitle(r.Type, r.Manufacturer, r.Model),
            [new("ipAddress", r.Address.ToString()), new("hostname", r.Hostname)])).ToList();
    }
}

namespace ClientStor.Api.Features.Ipam;

/// <summary>Global search over subnets: the network as written (<c>10.0.1.0/24</c>), name and description.</summary>
internal sealed class SubnetSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "subnet";
    public string Label => "Subnets";
    public string? Permission => "ipam.read";
    public int Order => 60;

    /// <summary>The title is the search column, whose first field is the network as PostgreSQL writes it (<c>network::text</c>).</summary>
    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.Subnets.AsNoTracking().Matching(query)
            .Select(s => new SearchRow { Source = source, Id = s.Id, OrgId = s.OrgId, Title = EF.Property<string>(s, SearchColumn.Property), A = s.Name, B = s.Description, C = null, D = null, E = null });

    public SearchCandidate ToCandidate(SearchRow row)
    {
        var network = SearchColumn.FirstField(row.Title);
        return new(row.Id, row.OrgId, network, row.A, [new("network", network), new("name", row.A), new("description", row.B)]);
    }
}

/// <summary>Global search over IP addresses: the address (<c>10.0.1.</c> finds the block), hostname and description.</summary>
internal sealed class IpAddressSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "ipAddress";
    public string Label => "IP addresses";
    public string? Permission => "ipam.read";
    public int Order => 70;

    /// <summary>The title is the search column, whose first field is the address (<c>host(address)</c>); A: the subnet's id.</summary>
    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.IpAddresses.AsNoTracking().Matching(query)
            .Select(i => new SearchRow { Source = source, Id = i.Id, OrgId = i.OrgId, Title = EF.Property<string>(i, SearchColumn.Property), A = i.SubnetId.ToString(), B = i.Hostname, C = i.Description, D = i.Status, E = null });

    public SearchCandidate ToCandidate(SearchRow row)
    {
        var address = SearchColumn.FirstField(row.Title);
        return new(row.Id, row.OrgId, address, row.B ?? row.D, [new("address", address), new("hostname", row.B), new("description", row.C)], Guid.Parse(row.A!), ParentType: "subnet");
    }
}

/// <summary>Global search over VLANs: the VLAN id, name and description.</summary>
internal sealed class VlanSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "vlan";
    public string Label => "VLANs";
    public string? Permission => "ipam.read";
    public int Order => 80;

    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        db.Vlans.AsNoTracking().Matching(query)
            .Select(v => new SearchRow { Source = source, Id = v.Id, OrgId = v.OrgId, Title = v.Name, A = v.Vid.ToString(), B = v.Description, C = null, D = null, E = null });

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, "VLAN " + row.A, [new("name", row.Title), new("vid", row.A), new("description", row.B)]);
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

    /// <summary>A: the address (<c>host(address)</c>), B: its hostname; C–E: the asset's manufacturer, model and type.</summary>
    public IQueryable<SearchRow> Query(SearchQuery query, int source) =>
        from ip in db.IpAddresses.AsNoTracking().Where(i => i.AssetId != null).Matching(query)
        join asset in db.Set<Assets.Asset>() on ip.AssetId equals asset.Id
        select new SearchRow
        {
            Source = source, Id = asset.Id, OrgId = asset.OrgId, Title = asset.Name, A = EF.Property<string>(ip, SearchColumn.Property), B = ip.Hostname,
            C = asset.Manufacturer, D = asset.Model, E = asset.Type,
        };

    // Only the address's own fields are offered as the match: the asset's name matched in its own provider, if at all.
    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, Assets.AssetSearch.Subtitle(row.E!, row.C, row.D), [new("ipAddress", SearchColumn.FirstField(row.A!)), new("hostname", row.B)]);
}

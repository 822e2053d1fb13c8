using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Ipam;

namespace ClientStor.Api.Features.Discovery;

public sealed class NmapImportRequest
{
    /// <summary>Return the plan without writing anything.</summary>
    [QueryParam] public bool? DryRun { get; set; }
}

public sealed class DiscoveredHost
{
    public required string Address { get; set; }
    public required string? Hostname { get; set; }
    public required string? Mac { get; set; }
    /// <summary><c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>conflict</c>.</summary>
    public required string Action { get; set; }
    /// <summary>How the asset was found: <c>mac</c>, <c>ip</c>, <c>hostname</c>, or null for a new asset.</summary>
    public required string? MatchedBy { get; set; }
    public required Guid? AssetId { get; set; }
    public required string? AssetName { get; set; }
    /// <summary>What changes (or would change), in words; for conflicts, why nothing changes.</summary>
    public required IReadOnlyList<string> Notes { get; set; }
}

public sealed class NmapImportResponse
{
    public required bool DryRun { get; set; }
    public required int Hosts { get; set; }
    public required int Created { get; set; }
    public required int Updated { get; set; }
    public required int Unchanged { get; set; }
    public required int Conflicts { get; set; }
    public required IReadOnlyList<DiscoveredHost> Items { get; set; }
}

/// <summary>
/// Imports an nmap XML report (<c>nmap -oX</c>). Each live host is matched to an asset by MAC, then IP, then
/// hostname; new hosts become assets (type <c>other</c>) with their IP documented when a subnet contains it;
/// matches gain missing MACs, IPs and hostnames. Nothing is ever deleted. Disagreeing matches are reported as
/// conflicts and left alone. <c>?dryRun=true</c> returns the plan only. Body: the XML (<c>application/xml</c> or
/// <c>text/xml</c>), up to 10 MB; DTD entities are refused. Assets and addresses go through their writers, so they get
/// the same checks and audit records (source <c>nmap</c>) as the API's.
/// </summary>
public sealed class NmapImportEndpoint(ClientStorDbContext db, AssetWriter assets, IpAddressWriter addresses, AuditedChanges changes, CurrentOrg org)
    : Endpoint<NmapImportRequest, NmapImportResponse>
{
    public override void Configure()
    {
        Post("discovery/nmap");
        Group<DiscoveryGroup>();
        this.RequireOrgPermission("assets.write");
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Import an nmap XML scan (dry run or write)");
        Description(b => b.WithMetadata(new ProblemResponses(413, 415), new Platform.Security.RequestBodyLimit(10 * 1024 * 1024)));
    }

    public override async Task HandleAsync(NmapImportRequest req, CancellationToken ct)
    {
        var type = HttpContext.Request.ContentType ?? "";
        if (!type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            await Send.ResultAsync(Problems.Result(Problems.Build(415, "unsupported-media-type", "Unsupported media type.", "Send the nmap report with Content-Type: application/xml.")));
            return;
        }
        using var buffer = new MemoryStream();
        await HttpContext.Request.Body.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        List<NmapHost> hosts;
        try { hosts = NmapXml.Parse(buffer); }
        catch (NmapXml.NotNmapException e) { throw new FieldErrorsException("file", e.Message); }

        var dryRun = req.DryRun == true;
        var items = new List<DiscoveredHost>();
        var rows = new List<AuditEntry>();
        foreach (var host in hosts)
            items.Add(await ImportHostAsync(host, rows, ct));
        var response = new NmapImportResponse
        {
            DryRun = dryRun, Hosts = hosts.Count, Items = items,
            Created = items.Count(i => i.Action == "created"), Updated = items.Count(i => i.Action == "updated"),
            Unchanged = items.Count(i => i.Action == "unchanged"), Conflicts = items.Count(i => i.Action == "conflict"),
        };
        if (dryRun)
        {
            db.ChangeTracker.Clear();
            foreach (var item in items.Where(i => i.Action == "created"))
                item.AssetId = null;
        }
        else
        {
            rows.Add(new AuditEntry(AuditCategories.Organisation, "discovery.imported")
            {
                OrgId = org.Id, TargetType = "discovery",
                Details = new { source = AssetSources.Nmap, response.Hosts, response.Created, response.Updated, response.Unchanged, response.Conflicts },
            });
            await changes.SaveAsync(rows, ct);
        }
        await Send.OkAsync(response, ct);
    }

    /// <summary>Matches one host, stages its asset and address changes with their audit rows, and says what it did.</summary>
    private async Task<DiscoveredHost> ImportHostAsync(NmapHost host, List<AuditEntry> rows, CancellationToken ct)
    {
        var ip = host.Addresses[0];
        var ipText = ip.ToString();
        var mac = AssetTypes.NormalizeMac(host.Mac);
        var notes = new List<string>();
        var byMac = mac is null ? null : await db.Assets.FirstOrDefaultAsync(a => a.OrgId == org.Id && a.MacAddresses.Contains(mac), ct);
        var ipRecord = await db.IpAddresses.FromSql($"SELECT *, xmin FROM ip_addresses WHERE org_id = {org.Id} AND address = {ipText}::inet").FirstOrDefaultAsync(ct);
        var byIp = ipRecord?.AssetId is { } ipAsset ? await db.Assets.FirstOrDefaultAsync(a => a.Id == ipAsset, ct) : null;
        var name = host.Hostname?.ToLowerInvariant();
        var byName = name is null ? null : await db.Assets.FirstOrDefaultAsync(a => a.OrgId == org.Id && a.Name.ToLower() == name, ct);
        var candidates = new[] { (byMac, "mac"), (byIp, "ip"), (byName, "hostname") }.Where(c => c.Item1 is not null).ToList();
        if (candidates.Select(c => c.Item1!.Id).Distinct().Count() > 1)
            return Item(host, ipText, mac, "conflict", null, null, null,
                [string.Join("; ", candidates.Select(c => $"{c.Item2} matches '{c.Item1!.Name}'")) + " — resolve by hand; nothing changed."]);
        var (asset, matchedBy) = candidates.Count > 0 ? (candidates[0].Item1!, candidates[0].Item2) : ((Asset?)null, (string?)null);
        var isNew = asset is null;
        var today = DateTimeOffset.UtcNow;
        AssetPatch patch;
        if (asset is null)
        {
            asset = AssetWriter.New(org.Id);
            patch = new AssetPatch
            {
                Type = "other", Name = host.Hostname ?? ipText, Status = "active", Manufacturer = host.Vendor, MacAddresses = mac is null ? [] : [mac],
                Notes = $"Discovered by nmap {today:yyyy-MM-dd}" + (host.Os is null ? "" : $"; OS: {host.Os}") + (host.OpenPorts.Count == 0 ? "" : $"; open: {string.Join(", ", host.OpenPorts)}"),
            };
            notes.Add($"new asset '{patch.Name}'");
        }
        else
        {
            var addMac = mac is not null && !asset.MacAddresses.Contains(mac);
            var addVendor = asset.Manufacturer is null && host.Vendor is not null;
            patch = new AssetPatch { MacAddresses = addMac ? [.. asset.MacAddresses, mac!] : null, Manufacturer = addVendor ? host.Vendor : null };
            if (addMac) notes.Add($"adds MAC {mac}");
            if (addVendor) notes.Add($"manufacturer {host.Vendor}");
        }
        FieldErrorsException.ThrowIfAny(await assets.TryApplyAsync(asset, patch, ct));

        IpAddressRecord? address = null;
        IpAddressPatch? addressPatch = null;
        if (ipRecord is null)
        {
            var inSubnet = await db.Subnets.MostSpecificContainingAsync(org.Id, ipText, ct);
            if (inSubnet is null)
                notes.Add($"{ipText} is outside every subnet: not documented (create its subnet and import again)");
            else
            {
                notes.Add($"documents {ipText} in {inSubnet.Network}");
                address = IpAddressWriter.New(org.Id);
                addressPatch = new IpAddressPatch { Address = ipText, Status = "active", Hostname = name, AssetId = asset.Id, Description = "Discovered by nmap" };
            }
        }
        else
        {
            address = ipRecord;
            addressPatch = new IpAddressPatch { AssetId = ipRecord.AssetId is null ? asset.Id : null, Hostname = ipRecord.Hostname is null ? name : null };
            if (ipRecord.AssetId is null) notes.Add($"assigns {ipText} to the asset");
            if (ipRecord.Hostname is null && name is not null) notes.Add($"hostname {name} on {ipText}");
            if (ipRecord.AssetId is { } other && other != asset.Id)
                notes.Add($"{ipText} stays assigned to another asset");
        }

        var details = new { address = ipText, matchedBy, notes };
        if (isNew)
            rows.Add(assets.StageCreated(asset, AssetSources.Nmap, details));
        else if (assets.StageUpdated(asset, AssetSources.Nmap, details) is { } assetRow)
            rows.Add(assetRow);
        if (address is not null && addressPatch is not null)
        {
            FieldErrorsException.ThrowIfAny(await addresses.TryApplyAsync(address, addressPatch, ct));
            if (ipRecord is null)
                rows.Add(addresses.StageCreated(address, IpAddressSources.Nmap));
            else if (addresses.StageUpdated(address, IpAddressSources.Nmap) is { } addressRow)
                rows.Add(addressRow);
        }
        var changed = isNew || notes.Any(n => !n.StartsWith(ipText + " is outside", StringComparison.Ordinal) && !n.EndsWith("another asset", StringComparison.Ordinal));
        return Item(host, ipText, mac, isNew ? "created" : changed ? "updated" : "unchanged", matchedBy, asset.Id, asset.Name, notes);
    }

    private static DiscoveredHost Item(NmapHost host, string ip, string? mac, string action, string? matchedBy, Guid? assetId, string? assetName, List<string> notes) => new()
    {
        Address = ip, Hostname = host.Hostname, Mac = mac, Action = action, MatchedBy = matchedBy, AssetId = assetId, AssetName = assetName, Notes = notes,
    };
}

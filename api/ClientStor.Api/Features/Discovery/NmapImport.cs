using System.Net;
using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Discovery;

public sealed class NmapImportRequest
{
    [RouteParam] public Guid OrgId { get; set; }
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
/// <c>text/xml</c>), up to 10 MB; DTD entities are refused.
/// </summary>
public sealed class NmapImportEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<NmapImportRequest, NmapImportResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/discovery/nmap");
        this.RequireOrgPermission("assets.write");
        this.RequireOrgPermission("ipam.write");
        Tags("Discovery");
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
        catch (NmapXml.NotNmapException e)
        {
            await Send.ResultAsync(Problems.Validation("file", e.Message));
            return;
        }

        var dryRun = req.DryRun == true;
        var items = new List<DiscoveredHost>();
        var entries = new List<AuditEntry>();
        var now = DateTimeOffset.UtcNow;
        foreach (var host in hosts)
        {
            var ip = host.Addresses[0];
            var ipText = ip.ToString();
            var mac = AssetTypes.NormalizeMac(host.Mac);
            var notes = new List<string>();
            Asset? byMac = mac is null ? null : await db.Assets.FirstOrDefaultAsync(a => a.OrgId == req.OrgId && a.MacAddresses.Contains(mac), ct);
            var ipRecord = await db.IpAddresses.FromSql($"SELECT * FROM ip_addresses WHERE org_id = {req.OrgId} AND address = {ipText}::inet").FirstOrDefaultAsync(ct);
            Asset? byIp = ipRecord?.AssetId is { } ipAsset ? await db.Assets.FirstOrDefaultAsync(a => a.Id == ipAsset, ct) : null;
            var name = host.Hostname?.ToLowerInvariant();
            Asset? byName = name is null ? null : await db.Assets.FirstOrDefaultAsync(a => a.OrgId == req.OrgId && a.Name.ToLower() == name, ct);
            var candidates = new[] { (byMac, "mac"), (byIp, "ip"), (byName, "hostname") }.Where(c => c.Item1 is not null).ToList();
            if (candidates.Select(c => c.Item1!.Id).Distinct().Count() > 1)
            {
                items.Add(Item(host, ipText, mac, "conflict", null, null, null,
                    [string.Join("; ", candidates.Select(c => $"{c.Item2} matches '{c.Item1!.Name}'")) + " — resolve by hand; nothing changed."]));
                continue;
            }
            var subnet = await db.Subnets.FromSql($"SELECT * FROM subnets WHERE org_id = {req.OrgId} AND network >>= {ipText}::inet ORDER BY masklen(network) DESC LIMIT 1")
                .AsNoTracking().FirstOrDefaultAsync(ct);
            var (asset, matchedBy) = candidates.Count > 0 ? (candidates[0].Item1!, candidates[0].Item2) : ((Asset?)null, (string?)null);
            var isNew = asset is null;
            if (asset is null)
            {
                asset = new Asset
                {
                    Id = Guid.CreateVersion7(), OrgId = req.OrgId, Type = "other", Name = host.Hostname ?? ipText, Status = "active",
                    Manufacturer = host.Vendor, MacAddresses = mac is null ? [] : [mac], CreatedAt = now, UpdatedAt = now,
                    Notes = $"Discovered by nmap {now:yyyy-MM-dd}" + (host.Os is null ? "" : $"; OS: {host.Os}") + (host.OpenPorts.Count == 0 ? "" : $"; open: {string.Join(", ", host.OpenPorts)}"),
                };
                notes.Add($"new asset '{asset.Name}'");
                if (!dryRun) db.Assets.Add(asset);
            }
            else
            {
                if (mac is not null && !asset.MacAddresses.Contains(mac)) { asset.MacAddresses = [.. asset.MacAddresses, mac]; notes.Add($"adds MAC {mac}"); }
                if (asset.Manufacturer is null && host.Vendor is not null) { asset.Manufacturer = host.Vendor; notes.Add($"manufacturer {host.Vendor}"); }
            }
            if (ipRecord is null)
            {
                if (subnet is null)
                    notes.Add($"{ipText} is outside every subnet: not documented (create its subnet and import again)");
                else
                {
                    notes.Add($"documents {ipText} in {subnet.Network}");
                    if (!dryRun)
                        db.IpAddresses.Add(new IpAddressRecord
                        {
                            Id = Guid.CreateVersion7(), OrgId = req.OrgId, SubnetId = subnet.Id, Address = ip, Status = "active", Hostname = name,
                            AssetId = asset.Id, CreatedAt = now, UpdatedAt = now, Description = "Discovered by nmap",
                        });
                }
            }
            else
            {
                if (ipRecord.AssetId is null) { ipRecord.AssetId = asset.Id; notes.Add($"assigns {ipText} to the asset"); }
                if (ipRecord.Hostname is null && name is not null) { ipRecord.Hostname = name; notes.Add($"hostname {name} on {ipText}"); }
                if (ipRecord.AssetId != asset.Id)
                    notes.Add($"{ipText} stays assigned to another asset");
                if (db.Entry(ipRecord).State == EntityState.Modified)
                    ipRecord.UpdatedAt = now;
            }
            var changed = isNew || notes.Any(n => !n.StartsWith(ipText + " is outside", StringComparison.Ordinal) && !n.EndsWith("another asset", StringComparison.Ordinal));
            if (!isNew && changed)
                asset.UpdatedAt = now;
            var action = isNew ? "created" : changed ? "updated" : "unchanged";
            items.Add(Item(host, ipText, mac, action, matchedBy, isNew && dryRun ? null : asset.Id, asset.Name, notes));
            if (action != "unchanged")
                entries.Add(new AuditEntry(AuditCategories.Organisation, isNew ? "asset.created" : "asset.updated")
                {
                    OrgId = req.OrgId, TargetType = "asset", TargetId = asset.Id.ToString(), Details = new { source = "nmap", address = ipText, matchedBy, notes },
                });
        }
        var response = new NmapImportResponse
        {
            DryRun = dryRun, Hosts = hosts.Count, Items = items,
            Created = items.Count(i => i.Action == "created"), Updated = items.Count(i => i.Action == "updated"),
            Unchanged = items.Count(i => i.Action == "unchanged"), Conflicts = items.Count(i => i.Action == "conflict"),
        };
        if (dryRun)
            db.ChangeTracker.Clear();
        else
        {
            entries.Add(new AuditEntry(AuditCategories.Organisation, "discovery.imported")
            {
                OrgId = req.OrgId, TargetType = "discovery",
                Details = new { source = "nmap", response.Hosts, response.Created, response.Updated, response.Unchanged, response.Conflicts },
            });
            await audit.SaveAsync(entries, ct);
        }
        await Send.OkAsync(response, ct);
    }

    private static DiscoveredHost Item(NmapHost host, string ip, string? mac, string action, string? matchedBy, Guid? assetId, string? assetName, List<string> notes) => new()
    {
        Address = ip, Hostname = host.Hostname, Mac = mac, Action = action, MatchedBy = matchedBy, AssetId = assetId, AssetName = assetName, Notes = notes,
    };
}

using System.Net;
using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Racks;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Seeding;

public sealed partial class DemoSeeder
{
    private static readonly (string Name, string Role, bool Key)[] DemoContacts =
    [
        ("Ada Lovelace", "IT lead", true), ("Grace Hopper", "Office manager", true), ("Alan Turing", "Accounts", false),
    ];

    private static readonly (int Vid, string Name, int Octet)[] DemoNetworks = [(10, "Servers", 10), (20, "Clients", 20), (99, "Management", 99)];

    /// <summary>
    /// <c>seed demo --directory</c>: for each named demo client without contacts yet, what every tab shows — contacts (key
    /// ones flagged), a site with a server room, VLANs, subnets and addresses linked to assets, a rack with mounted assets
    /// and a patch panel, relations between assets, credentials linked to assets and pinned. One summary audit row per
    /// client in the same transaction. Uses the client's seeded assets (run with <c>--assets-per-org</c>).
    /// </summary>
    public async Task<string> SeedDirectoryAsync(CancellationToken ct)
    {
        var slugs = Named.Select(n => n[1]).ToList();
        var orgs = await db.Orgs.Where(o => slugs.Contains(o.Slug)).OrderBy(o => o.Slug).Select(o => new { o.Id, o.Slug }).ToListAsync(ct);
        var seeded = 0;
        foreach (var (org, index) in orgs.Select((o, i) => (o, i)))
        {
            if (await db.Contacts.AnyAsync(c => c.OrgId == org.Id, ct))
                continue;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var counts = await SeedClientDirectoryAsync(org.Id, org.Slug, index + 1, ct);
            await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "directory.seeded")
            {
                Actor = AuditActor.System, OrgId = org.Id, TargetType = "org", TargetId = org.Id.ToString(), Details = new { counts, source = "seed demo" },
            }, ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            seeded++;
        }
        return $"directory: {seeded} client(s) filled (contacts, locations, VLANs, subnets, addresses, a rack, a patch panel, relations, linked credentials).";
    }

    private async Task<Dictionary<string, int>> SeedClientDirectoryAsync(Guid orgId, string slug, int octet, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var counts = new Dictionary<string, int>();
        void Count(string what, int n = 1) => counts[what] = counts.GetValueOrDefault(what) + n;

        foreach (var (name, role, key) in DemoContacts)
        {
            var first = name.Split(' ')[0].ToLowerInvariant();
            db.Contacts.Add(new Contact
            {
                Id = Guid.CreateVersion7(), OrgId = orgId, Name = name, Role = role, IsKey = key, Email = $"{first}@{slug}.example",
                Phone = $"+44 20 7946 0{octet:00}{counts.GetValueOrDefault("contacts")}", CreatedAt = now, UpdatedAt = now,
            });
            Count("contacts");
        }

        var site = await db.Locations.Where(l => l.OrgId == orgId && l.Kind == "site").Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        if (site is null)
        {
            var office = new Location { Id = Guid.CreateVersion7(), OrgId = orgId, Kind = "site", Name = "Head office", CreatedAt = now, UpdatedAt = now };
            db.Locations.Add(office);
            site = office.Id;
            Count("locations");
        }
        await db.Locations.Where(l => l.Id == site).ExecuteUpdateAsync(s => s.SetProperty(l => l.Address, $"{octet} Demo Street, London"), ct);
        var closet = new Location { Id = Guid.CreateVersion7(), OrgId = orgId, Kind = "closet", ParentId = site, Name = "Server room", CreatedAt = now, UpdatedAt = now };
        db.Locations.Add(closet);
        Count("locations");

        var assets = await db.Assets.Where(a => a.OrgId == orgId).OrderBy(a => a.Name).Take(200).ToListAsync(ct);
        Asset? First(string type, int skip = 0) => assets.Where(a => a.Type == type).Skip(skip).FirstOrDefault();
        var (server, server2, switch1, firewall, ups) = (First("server"), First("server", 1), First("switch"), First("firewall"), First("ups"));

        var subnets = new List<Subnet>();
        foreach (var (vid, name, third) in DemoNetworks)
        {
            var vlan = new Vlan { Id = Guid.CreateVersion7(), OrgId = orgId, Vid = vid, Name = name, Description = $"{name} VLAN", CreatedAt = now, UpdatedAt = now };
            db.Vlans.Add(vlan);
            var subnet = new Subnet
            {
                Id = Guid.CreateVersion7(), OrgId = orgId, Network = IPNetwork.Parse($"10.{octet}.{third}.0/24"), Name = name, VlanId = vlan.Id,
                LocationId = site, Description = $"{name} at the head office", CreatedAt = now, UpdatedAt = now,
            };
            db.Subnets.Add(subnet);
            subnets.Add(subnet);
            Count("vlans");
            Count("subnets");
        }
        var host = 10;
        foreach (var asset in new[] { server, server2, switch1, firewall, ups }.OfType<Asset>())
        {
            db.IpAddresses.Add(new IpAddressRecord
            {
                Id = Guid.CreateVersion7(), OrgId = orgId, SubnetId = asset.Type == "server" ? subnets[0].Id : subnets[2].Id,
                Address = IPAddress.Parse($"10.{octet}.{(asset.Type == "server" ? 10 : 99)}.{host++}"), Status = "active",
                Hostname = $"{asset.Name.ToLowerInvariant()}.{slug}.lan", AssetId = asset.Id, CreatedAt = now, UpdatedAt = now,
            });
            Count("ipAddresses");
        }
        db.IpAddresses.Add(new IpAddressRecord
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, SubnetId = subnets[1].Id, Address = IPAddress.Parse($"10.{octet}.20.1"), Status = "reserved",
            Hostname = $"gateway.{slug}.lan", Description = "Client gateway", CreatedAt = now, UpdatedAt = now,
        });
        Count("ipAddresses");

        var rack = new Rack { Id = Guid.CreateVersion7(), OrgId = orgId, LocationId = closet.Id, Name = "Rack A1", HeightU = 42, Notes = "Main rack", CreatedAt = now, UpdatedAt = now };
        db.Racks.Add(rack);
        Count("racks");
        var position = 40;
        foreach (var (asset, height) in new[] { (switch1, 1), (firewall, 1), (server, 2), (server2, 2), (ups, 2) })
        {
            if (asset is null) continue;
            position -= height;
            db.RackPlacements.Add(new RackPlacement { Id = Guid.CreateVersion7(), OrgId = orgId, RackId = rack.Id, AssetId = asset.Id, PositionU = position + 1, HeightU = height, Face = "front" });
            Count("placements");
        }
        var panel = new PatchPanel { Id = Guid.CreateVersion7(), OrgId = orgId, RackId = rack.Id, Name = "PP-A1", PortCount = 24, PositionU = 41, Face = "front", CreatedAt = now };
        panel.Ports = [.. Enumerable.Range(1, 24).Select(n => new PatchPort { Id = Guid.CreateVersion7(), OrgId = orgId, PanelId = panel.Id, Number = n, Label = n <= 4 ? $"Desk {n}" : null })];
        db.PatchPanels.Add(panel);
        Count("patchPanels");
        if (server is not null)
        {
            var nic = new AssetInterface { Id = Guid.CreateVersion7(), OrgId = orgId, AssetId = server.Id, Name = "eth0" };
            db.AssetInterfaces.Add(nic);
            panel.Ports[0].ConnectedInterfaceId = nic.Id;
            Count("interfaces");
        }

        foreach (var (from, to, kind) in new[] { (firewall, switch1, "connected-to"), (server, switch1, "connected-to"), (server, ups, "powered-by"), (server2, server, "depends-on") })
        {
            if (from is null || to is null) continue;
            db.AssetRelations.Add(new AssetRelation { Id = Guid.CreateVersion7(), OrgId = orgId, FromAssetId = from.Id, ToAssetId = to.Id, Kind = kind, CreatedAt = now });
            Count("relations");
        }

        var credentials = await db.Credentials.Where(c => c.OrgId == orgId).OrderBy(c => c.Name).Take(4).ToListAsync(ct);
        foreach (var (credential, i) in credentials.Select((c, i) => (c, i)))
        {
            // The first is a service account on both servers: a credential may belong to several assets.
            foreach (var asset in (i == 0 ? new[] { server, server2 } : [i % 2 == 0 ? server : server2]).OfType<Asset>())
                db.CredentialAssets.Add(new CredentialAsset { CredentialId = credential.Id, AssetId = asset.Id, OrgId = orgId });
            credential.Pinned = i < 2;
            credential.UpdatedAt = now;
            Count("linkedCredentials");
        }
        await db.SaveChangesAsync(ct);
        return counts;
    }
}

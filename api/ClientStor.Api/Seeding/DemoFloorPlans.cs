using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClientStor.Api.Features.Docs;
using ClientStor.Api.Features.Orgs;

namespace ClientStor.Api.Seeding;

/// <summary>
/// <c>seed demo --directory</c>, floor plan part: each named demo client without one gets the head office's ground floor,
/// imported from a MagicPlan export written here (seven rooms), then the network pinned on it: an access point and a few
/// other assets, the rack, and three drops on the patch panel's ports (revision 2, so History is not empty). Written
/// through <see cref="FloorPlanWriter"/> as the API does, with its audit rows.
/// </summary>
public sealed class DemoFloorPlans(ClientStorDbContext db, FloorPlanWriter writer, FloorPlanDrawings drawings, AuditedChanges changes)
{
    private static readonly ArticleAuthor Author = new(Guid.Empty, "ClientStor demo");

    /// <summary>The rooms (type, x, y, width, depth in metres) of the demo office.</summary>
    private static readonly (string Type, double X, double Y, double W, double D)[] Rooms =
    [
        ("Reception", 0, 0, 6, 4), ("Open office", 6, 0, 9, 7), ("Meeting room", 0, 4, 6, 3), ("Server room", 15, 0, 3.5, 3.5),
        ("Kitchen", 15, 3.5, 3.5, 3.5), ("Manager's office", 0, 7, 6, 4), ("Storage & print", 6, 7, 4, 4),
    ];

    /// <summary>A MagicPlan Plan Exchange XML of the demo office: a <c>&lt;floor&gt;</c> of rectangular <c>&lt;floorRoom&gt;</c>s.</summary>
    public static string MagicPlanXml(string planName)
    {
        static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        var xml = new StringBuilder();
        xml.Append($"""<?xml version="1.0" encoding="utf-8"?>{"\n"}<plan name="{System.Security.SecurityElement.Escape(planName)}" interiorWallWidth="0.1">{"\n"}""");
        xml.Append("""  <values><value key="source">ClientStor demo</value></values>""").Append('\n');
        xml.Append("""  <floor floorType="0" uid="ground">""").Append('\n');
        foreach (var (room, i) in Rooms.Select((r, i) => (r, i)))
        {
            xml.Append($"""    <floorRoom uid="room-{i + 1}" type="{System.Security.SecurityElement.Escape(room.Type)}" x="{F(room.X)}" y="{F(room.Y)}" area="{F(room.W * room.D)}" perimeter="{F(2 * (room.W + room.D))}">""");
            foreach (var (px, py) in new[] { (0.0, 0.0), (room.W, 0.0), (room.W, room.D), (0.0, room.D) })
                xml.Append($"""<point snappedX="{F(px)}" snappedY="{F(py)}"/>""");
            xml.Append("</floorRoom>\n");
        }
        xml.Append("  </floor>\n</plan>\n");
        return xml.ToString();
    }

    public async Task<string> SeedAsync(IReadOnlyCollection<string> clientSlugs, CancellationToken ct)
    {
        var orgs = await db.Orgs.Where(o => clientSlugs.Contains(o.Slug)).OrderBy(o => o.Slug).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var seeded = 0;
        foreach (var org in orgs)
        {
            if (await db.FloorPlans.AnyAsync(p => p.OrgId == org.Id, ct))
                continue;
            await SeedClientAsync(org.Id, org.Name, ct);
            db.ChangeTracker.Clear();
            seeded++;
        }
        return $"floor plans: {seeded} client(s) given a ground floor plan (MagicPlan import, pinned assets, rack and drops, two revisions).";
    }

    private async Task SeedClientAsync(Guid orgId, string client, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var site = await db.Set<Features.Locations.Location>().Where(l => l.OrgId == orgId && l.Kind == "site").OrderBy(l => l.Name).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        var plan = new FloorPlan
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, Name = "Head office – ground floor", LocationId = site, Level = "Ground floor",
            Description = "Imported from the MagicPlan survey; access points, rack and wall ports pinned.", CreatedById = Author.Id, UpdatedById = Author.Id,
            CreatedAt = now, UpdatedAt = now,
        };
        await changes.CreatedAsync(plan, ct, source: "seed demo");

        var bytes = Encoding.UTF8.GetBytes(MagicPlanXml($"{client} head office"));
        using var content = new MemoryStream(bytes);
        var drawing = await drawings.ReadAsync(content, "head-office.xml", "text/plain", null, ct);
        content.Position = 0;
        await writer.ReplaceDrawingAsync(plan, content, Convert.ToHexStringLower(SHA256.HashData(bytes)), "application/xml", "head-office.xml", drawing,
            "Imported from MagicPlan", Author, ct);

        // Where things are, in fractions of the drawing: the room's place on the generated SVG.
        (double X, double Y) In(string room, double fx, double fy)
        {
            var outline = drawing.Rooms.First(r => r.Name == room).Polygon;
            var (minX, maxX, minY, maxY) = (outline.Min(p => p.X), outline.Max(p => p.X), outline.Min(p => p.Y), outline.Max(p => p.Y));
            return (Math.Round(minX + (maxX - minX) * fx, 4), Math.Round(minY + (maxY - minY) * fy, 4));
        }
        var assets = await db.Set<Features.Assets.Asset>().Where(a => a.OrgId == orgId).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Type }).Take(200).ToListAsync(ct);
        Guid? Asset(string type, int skip = 0) => assets.Where(a => a.Type == type).Skip(skip).Select(a => (Guid?)a.Id).FirstOrDefault();
        var rack = await db.Set<Features.Racks.Rack>().Where(r => r.OrgId == orgId).OrderBy(r => r.Name).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        var ports = await db.Set<Features.Racks.PatchPort>().Where(p => p.OrgId == orgId).OrderBy(p => p.PanelId).ThenBy(p => p.Number)
            .Select(p => p.Id).Take(3).ToListAsync(ct);
        var pins = new List<FloorPlanPinData>();
        void Pin(string kind, (double X, double Y) at, string room, Guid? assetId = null, Guid? rackId = null, string? label = null, Guid? portId = null)
        {
            if ((kind == "asset" && assetId is null) || (kind == "rack" && rackId is null))
                return;
            pins.Add(new FloorPlanPinData { Kind = kind, X = at.X, Y = at.Y, Room = room, AssetId = assetId, RackId = rackId, Label = label, PatchPanelPortId = portId });
        }
        Pin("asset", In("Open office", 0.5, 0.45), "Open office", Asset("access-point"), label: "Ceiling AP");
        Pin("asset", In("Reception", 0.7, 0.5), "Reception", Asset("access-point", 1) ?? Asset("phone"));
        Pin("asset", In("Storage & print", 0.5, 0.5), "Storage & print", Asset("printer"));
        Pin("asset", In("Server room", 0.3, 0.7), "Server room", Asset("firewall"));
        Pin("rack", In("Server room", 0.6, 0.35), "Server room", rackId: rack, label: "Main rack");
        string[] drops = ["D-101", "D-102", "D-103"];
        (string Room, double X, double Y)[] wall = [("Open office", 0.15, 0.1), ("Open office", 0.85, 0.9), ("Meeting room", 0.1, 0.5)];
        foreach (var (label, i) in drops.Select((d, i) => (d, i)))
            Pin("drop", In(wall[i].Room, wall[i].X, wall[i].Y), wall[i].Room, label: label, portId: ports.ElementAtOrDefault(i) is var p && p != Guid.Empty ? p : null);

        var current = await writer.CurrentRevisionAsync(plan, ct);
        var revision = writer.Stage(plan, current!, pins, "Pinned the network", Author);
        await changes.UpdatedAsync(plan, ct, source: "seed demo", action: "pins_changed", always: true, details: new { revision = revision.Number, pinsAfter = pins.Count });
    }
}

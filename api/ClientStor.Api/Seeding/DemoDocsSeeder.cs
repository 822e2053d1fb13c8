using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Docs;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Seeding;

/// <summary>
/// <c>seed demo --directory</c>, knowledge-base part: for each named demo client without articles, folders and articles
/// that show what the module does — a table-heavy network overview linking to the firewall article by id, a runbook with
/// three revisions (so History and Compare have something to show), an onboarding checklist from the built-in template,
/// a vendor page and an organisation template, two diagrams (the network, linked to the client's firewall and servers,
/// embedded in the network overview; a rack) and a few attached files (<see cref="DemoAttachments"/>). Articles link to the
/// client's seeded assets, credentials and contacts. Written through <see cref="ArticleWriter"/>, <see cref="DiagramWriter"/> and
/// the attachments' writer (as the API does); one audit row per client (and one per attached file).
/// </summary>
public sealed class DemoDocsSeeder(ClientStorDbContext db, AuditLog audit, ArticleWriter writer, DiagramWriter diagrams, DemoAttachments attachments)
{
    private static readonly ArticleAuthor Author = new(Guid.Empty, "ClientStor demo");

    public async Task<string> SeedAsync(IReadOnlyCollection<string> clientSlugs, CancellationToken ct)
    {
        var orgs = await db.Orgs.Where(o => clientSlugs.Contains(o.Slug)).OrderBy(o => o.Slug).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var seeded = 0;
        foreach (var org in orgs)
        {
            if (await db.Articles.AnyAsync(a => a.OrgId == org.Id, ct))
                continue;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var count = await SeedClientAsync(org.Id, org.Name, ct);
            await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "docs.seeded")
            {
                Actor = AuditActor.System, OrgId = org.Id, TargetType = "org", TargetId = org.Id.ToString(), Details = new { articles = count, source = "seed demo" },
            }, ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            seeded++;
        }
        var shared = await SeedKnowledgeBaseAsync(ct);
        return $"docs: {seeded} client(s) given a knowledge base (folders, articles with revisions, links, a template); " +
            $"MSP knowledge base: {shared} article(s).";
    }

    /// <summary>The MSP knowledge base (shared by every client), once: two policies and a standard build.</summary>
    private async Task<int> SeedKnowledgeBaseAsync(CancellationToken ct)
    {
        var orgId = PlatformKnowledgeBase.OrgId;
        if (await db.Articles.AnyAsync(a => a.OrgId == orgId, ct))
            return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var policies = new DocFolder { Id = Guid.CreateVersion7(), OrgId = orgId, Name = "Policies", NormalizedName = "POLICIES", CreatedAt = now, UpdatedAt = now };
        var standards = new DocFolder { Id = Guid.CreateVersion7(), OrgId = orgId, Name = "Standards", NormalizedName = "STANDARDS", CreatedAt = now, UpdatedAt = now };
        db.DocFolders.AddRange(policies, standards);
        void Write(string title, string body, DocFolder folder, string[] tags)
        {
            var article = new Article { Id = Guid.CreateVersion7(), OrgId = orgId, FolderId = folder.Id, Tags = [.. tags], CreatedById = Author.Id, CreatedAt = now, UpdatedAt = now };
            db.Articles.Add(article);
            writer.Revise(article, title, body, "Created", Author);
        }
        Write("Escalation policy", """
            # Escalation policy

            | Priority | First response | Escalate to | After |
            | --- | --- | --- | --- |
            | P1 (site down) | 15 minutes | On-call engineer, then service-desk lead | 30 minutes |
            | P2 (many users) | 1 hour | Service-desk lead | 4 hours |
            | P3 (one user) | 4 hours | Team queue | 2 business days |

            - Always call the client's key contact for P1, never only email.
            - Log every escalation in the ticket with the time and who was called.
            """, policies, ["policy", "service-desk"]);
        Write("Standard laptop build", """
            # Standard laptop build

            - [x] Windows 11 Pro 24H2, joined to Entra ID via Autopilot
            - [x] BitLocker on, recovery key escrowed to Entra ID
            - [x] Defender for Business onboarded
            - [ ] Client-specific line-of-business apps (see the client's own runbook)

            Hardware refresh: every **4 years**, or when the battery holds under two hours.
            """, standards, ["standard", "endpoint"]);
        Write("Password and MFA policy", """
            # Password and MFA policy

            Client admin accounts live in ClientStor's vault only: never in tickets, chat or email.
            MFA is required on every admin account. Shared accounts get a named owner and a rotation date.
            Break-glass accounts: two per client, long random passwords, alerts on sign-in.
            """, policies, ["policy", "security"]);
        await db.SaveChangesAsync(ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "docs.seeded")
        {
            Actor = AuditActor.System, OrgId = orgId, TargetType = "org", TargetId = orgId.ToString(), Details = new { articles = 3, source = "seed demo" },
        }, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return 3;
    }

    private async Task<int> SeedClientAsync(Guid orgId, string client, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        DocFolder Folder(string name, Guid? parent = null)
        {
            var folder = new DocFolder { Id = Guid.CreateVersion7(), OrgId = orgId, Name = name, NormalizedName = name.ToUpperInvariant(), ParentId = parent, CreatedAt = now, UpdatedAt = now };
            db.DocFolders.Add(folder);
            return folder;
        }
        var network = Folder("Network");
        var runbooks = Folder("Runbooks");
        var onboarding = Folder("Onboarding");
        var vendors = Folder("Vendors");

        var firewall = await db.Assets.Where(a => a.OrgId == orgId && a.Type == "firewall").OrderBy(a => a.Name).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        var servers = await db.Assets.Where(a => a.OrgId == orgId && a.Type == "server").OrderBy(a => a.Name).Select(a => a.Id).Take(2).ToListAsync(ct);
        var credentials = await db.Credentials.Where(c => c.OrgId == orgId).OrderBy(c => c.Name).Select(c => c.Id).Take(2).ToListAsync(ct);
        var contacts = await db.Contacts.Where(c => c.OrgId == orgId).OrderBy(c => c.Name).Select(c => c.Id).Take(2).ToListAsync(ct);

        var written = 0;
        // The diagrams first: the network overview embeds one.
        async Task<Diagram> DrawAsync(string name, DocFolder folder, params DemoShape[] shapes)
        {
            var diagram = new Diagram { Id = Guid.CreateVersion7(), OrgId = orgId, FolderId = folder.Id, CreatedById = Author.Id, CreatedAt = now, UpdatedAt = now };
            db.Diagrams.Add(diagram);
            await diagrams.ReviseAsync(diagram, name, DemoShape.Xml(shapes), DemoShape.Svg(shapes), "Created", Author, ct);
            return diagram;
        }
        var topology = await DrawAsync("Network topology", network,
            new DemoShape("Internet", 200, 20, null), new DemoShape("Firewall", 200, 110, firewall), new DemoShape("Core switch", 200, 200, null),
            new DemoShape("Server 1", 80, 290, servers.ElementAtOrDefault(0) is var s1 && s1 != Guid.Empty ? s1 : null),
            new DemoShape("Server 2", 320, 290, servers.ElementAtOrDefault(1) is var s2 && s2 != Guid.Empty ? s2 : null));
        await DrawAsync("Rack A (front)", network,
            new DemoShape("Patch panel 1", 200, 20, null), new DemoShape("Core switch", 200, 80, null), new DemoShape("UPS", 200, 140, null));
        Article Write(string title, string body, DocFolder? folder, string[] tags, string summary, List<Guid>? assets = null, bool template = false)
        {
            written++;
            var article = new Article
            {
                Id = Guid.CreateVersion7(), OrgId = orgId, FolderId = folder?.Id, Tags = [.. tags], AssetIds = assets ?? [], CredentialIds = [.. credentials],
                ContactIds = [.. contacts], IsTemplate = template, CreatedById = Author.Id, CreatedAt = now, UpdatedAt = now,
            };
            db.Articles.Add(article);
            writer.Revise(article, title, body, summary, Author);
            return article;
        }

        var firewallArticle = Write("Firewall", $"""
            # Firewall

            The {client} firewall terminates both internet circuits and routes between the VLANs.

            | Setting | Value |
            | --- | --- |
            | Management | https://10.99.0.1:8443 (VLAN 99 only) |
            | Firmware | 7.4.3, checked monthly |
            | HA | Active/passive, sync over port 5 |

            ## Rules worth knowing
            - Clients may reach servers on 445, 3389 and 443 only.
            - Inbound: VPN (UDP 51820) and the mail relay.
            """, network, ["firewall", "network"], "Created", firewall is { } f ? [f] : []);
        Write("Network overview", $"""
            # Network overview

            ![Network topology](diagram:{topology.Id})

            ## VLANs
            | VLAN | Name | Subnet | Purpose |
            | --- | --- | --- | --- |
            | 10 | Servers | 10.1.10.0/24 | File, print, domain controllers |
            | 20 | Clients | 10.1.20.0/24 | Desktops and laptops |
            | 99 | Management | 10.1.99.0/24 | Switches, firewall, iDRAC |

            Routing and the rules between the VLANs are on [the firewall page](article:{firewallArticle.Id}).

            ## Circuits
            - Primary: 1 Gbit/s fibre, static /29
            - Backup: 4G router, failover after 30 s
            """, network, ["network"], "Created", servers);

        var backups = Write("Nightly backups", """
            # Nightly backups

            **When:** every night at 02:00
            **Checks:** every morning by the on-call technician

            ## Steps
            1. Open the backup console.
            2. Check the last job of each server finished.
            3. Restart a failed job once; open a ticket if it fails again.
            """, runbooks, ["backup", "runbook"], "Created", servers);
        writer.Revise(backups, null, backups.Body.Replace("02:00", "01:30").Replace("1. Open the backup console.", "1. Open the backup console (https://backup.local)."),
            "Earlier window after the new file server", Author);
        writer.Revise(backups, null, backups.Body + "\n## Offsite\n- [x] Weekly copy to the offsite store\n- [ ] Quarterly restore test\n", "Added the offsite copy", Author);

        var checklist = BuiltInArticleTemplates.Find("client-onboarding")!;
        Write($"Onboarding {client}", checklist.Body.Replace("- [ ] Signed agreement filed", "- [x] Signed agreement filed"), onboarding, ["onboarding"], "From the onboarding template");
        Write("Internet provider", """
            # Vendor: FibreCo

            | | |
            | --- | --- |
            | Account number | FC-100234 |
            | Support phone | +44 20 7946 0100 |
            | Contract ends | 30 Sep 2027 |

            ## How to open a case
            1. Call support with the account number and the circuit id.
            """, vendors, ["vendor", "isp"], "Created");
        Write("Site visit report", """
            # Site visit: <date>

            ## Done
            -

            ## Found
            -

            ## Follow-up tickets
            -
            """, runbooks, ["template"], "Created", template: true);
        await db.SaveChangesAsync(ct);
        await attachments.SeedAsync(orgId, client, servers.Count > 0 ? servers[0] : null, firewall, credentials.Count > 0 ? credentials[0] : null, backups.Id, ct);
        return written;
    }
}

/// <summary>A box of a demo diagram: its label, where it sits, and the asset it links to.</summary>
internal sealed record DemoShape(string Label, int X, int Y, Guid? AssetId)
{
    private const int Width = 140, Height = 50;

    /// <summary>The draw.io file: the boxes, each joined to the next by an edge, linked to their assets.</summary>
    public static string Xml(IReadOnlyList<DemoShape> shapes)
    {
        var cells = new System.Text.StringBuilder();
        for (var i = 0; i < shapes.Count; i++)
        {
            var (label, x, y, asset) = (System.Security.SecurityElement.Escape(shapes[i].Label), shapes[i].X, shapes[i].Y, shapes[i].AssetId);
            var geometry = $"""<mxCell style="rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;" vertex="1" parent="1"><mxGeometry x="{x}" y="{y}" width="{Width}" height="{Height}" as="geometry"/></mxCell>""";
            cells.Append(asset is { } id
                ? $"""<UserObject label="{label}" link="{DiagramContent.AssetLinkPrefix}{id}" id="s{i}">{geometry}</UserObject>"""
                : geometry.Replace("<mxCell ", $"""<mxCell id="s{i}" value="{label}" """));
            if (i > 0)
                cells.Append($"""<mxCell id="e{i}" style="endArrow=none;html=1;" edge="1" parent="1" source="s{i - 1}" target="s{i}"><mxGeometry relative="1" as="geometry"/></mxCell>""");
        }
        return $"""<mxfile><diagram id="page-1" name="Page-1"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel></diagram></mxfile>""";
    }

    /// <summary>A preview of the same boxes and edges, as draw.io would export it.</summary>
    public static string Svg(IReadOnlyList<DemoShape> shapes)
    {
        var width = shapes.Max(s => s.X) + Width + 20;
        var height = shapes.Max(s => s.Y) + Height + 20;
        var body = new System.Text.StringBuilder();
        for (var i = 1; i < shapes.Count; i++)
            body.Append($"""<path d="M {shapes[i - 1].X + Width / 2} {shapes[i - 1].Y + Height} L {shapes[i].X + Width / 2} {shapes[i].Y}" fill="none" stroke="#333333"/>""");
        foreach (var s in shapes)
            body.Append($"""<rect x="{s.X}" y="{s.Y}" width="{Width}" height="{Height}" rx="8" fill="#dae8fc" stroke="#6c8ebf"/><text x="{s.X + Width / 2}" y="{s.Y + Height / 2 + 5}" text-anchor="middle" font-family="Helvetica" font-size="13" fill="#000000">{System.Security.SecurityElement.Escape(s.Label)}</text>""");
        return $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" style="background-color: #ffffff;">{body}</svg>""";
    }
}

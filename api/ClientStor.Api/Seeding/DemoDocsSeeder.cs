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
/// a vendor page and an organisation template, and a few attached files (<see cref="DemoAttachments"/>). Articles link to the client's seeded assets, credentials and contacts.
/// Written through <see cref="ArticleWriter"/> (rendering and revisions as the API does); one audit row per client.
/// </summary>
public sealed class DemoDocsSeeder(ClientStorDbContext db, AuditLog audit, ArticleWriter writer, DemoAttachments attachments)
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

using System.Text;
using ClientStor.Api.Features.Docs;
using ClientStor.Api.Features.Orgs;

namespace ClientStor.Api.Seeding;

public sealed partial class DemoSeeder
{
    private static readonly string[] Topics =
    [
        "backup", "firewall", "VPN", "printer", "Exchange Online", "Active Directory", "Wi-Fi", "core switch", "UPS", "patching", "DNS", "DHCP",
        "certificate", "Intune", "Remote Desktop", "file server", "SharePoint", "Teams Rooms", "NAS", "hypervisor", "domain controller", "MFA",
        "antivirus", "SIEM", "mail relay", "door access", "CCTV", "VoIP", "internet circuit", "SQL Server", "ERP", "payroll", "laptop build",
    ];

    private static readonly string[] Verbs =
    [
        "check", "restart", "update", "renew", "document", "replace", "monitor", "migrate", "test", "configure", "review", "rotate", "export", "restore",
    ];

    private static readonly string[] Objects =
    [
        "the licence count", "the admin password in the vault", "the firmware", "the scheduled task", "the retention policy", "the event log",
        "the failover settings", "the group policy", "the DNS records", "the access list", "the warranty", "the alert thresholds", "the service account",
        "the nightly job", "the config backup", "the SSL certificate", "the port mapping", "the replication status", "the storage quota",
    ];

    private static readonly string[] People = ["the office manager", "the on-call technician", "the client's IT lead", "the vendor's support desk", "finance", "the site contact"];
    private static readonly string[] Times = ["every morning", "after each change", "on the first Monday of the month", "before the maintenance window", "weekly", "quarterly", "when the alert fires"];

    /// <summary>
    /// Bench articles by binary COPY: <paramref name="perOrg"/> per organisation, 1–5 KB of varied Markdown each (headings,
    /// steps, tables, prose drawn from an MSP's vocabulary, so full-text search meets real word distributions, not one
    /// sentence repeated), rendered to HTML by the same renderer as the API, each with its first revision.
    /// </summary>
    private async Task<int> SeedArticlesAsync(List<string> slugs, int perOrg, CancellationToken ct)
    {
        var orgs = await db.Orgs.Where(o => slugs.Contains(o.Slug)).Select(o => new { o.Id, Have = db.Set<Article>().Count(a => a.OrgId == o.Id) }).ToListAsync(ct);
        var created = 0;
        var now = DateTimeOffset.UtcNow;
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var org in orgs.Where(o => o.Have < perOrg))
        {
            var count = perOrg - org.Have;
            // Rendering and sanitising dominate the seed: spread them over the cores (the renderer is stateless).
            var rows = Enumerable.Range(org.Have, count).AsParallel().AsOrdered().Select(i =>
            {
                var random = new Random(HashCode.Combine(org.Id, i));
                var (title, body) = BenchArticle(random, i);
                return (Id: Guid.CreateVersion7(), Title: title, Body: body, Html: renderer.Render(body, org.Id).Html, Tags: new[] { Topics[random.Next(Topics.Length)].ToLowerInvariant() },
                    Stamp: now.AddMinutes(-(perOrg - i)));
            }).ToList();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY articles (id, org_id, title, body, html, tags, asset_ids, credential_ids, contact_ids, linked_article_ids, is_template, revision, revision_count, created_by_id, updated_by_id, created_at, updated_at) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var r in rows)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(r.Id, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(org.Id, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(r.Title, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(r.Body, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(r.Html, NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(r.Tags, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, ct);
                    foreach (var _ in new[] { 1, 2, 3, 4 })
                        await copy.WriteAsync(Array.Empty<Guid>(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(false, NpgsqlTypes.NpgsqlDbType.Boolean, ct);
                    await copy.WriteAsync(1, NpgsqlTypes.NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(1, NpgsqlTypes.NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(Guid.Empty, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(Guid.Empty, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(r.Stamp, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct);
                    await copy.WriteAsync(r.Stamp, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct);
                }
                await copy.CompleteAsync(ct);
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY article_revisions (id, article_id, org_id, number, title, body, summary, author_id, author_name, status, created_at) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var r in rows)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(r.Id, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(org.Id, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(1, NpgsqlTypes.NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(r.Title, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(r.Body, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync("Seeded", NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(Guid.Empty, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync("ClientStor demo", NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(ArticleRevisionStatus.Published, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(r.Stamp, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct);
                }
                await copy.CompleteAsync(ct);
            }
            await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "article.seeded")
            {
                Actor = AuditActor.System, OrgId = org.Id, TargetType = "article", Details = new { count, source = "seed demo" },
            }, ct);
            await tx.CommitAsync(ct);
            created += count;
        }
        return created;
    }

    /// <summary>A runbook-like article of 1–5 KB: a title from two topics, then sections of steps, prose and sometimes a table.</summary>
    internal static (string Title, string Body) BenchArticle(Random random, int index)
    {
        string Pick(string[] words) => words[random.Next(words.Length)];
        var topic = Pick(Topics);
        var title = random.Next(3) switch
        {
            0 => $"{char.ToUpperInvariant(topic[0])}{topic[1..]} runbook {index + 1}",
            1 => $"How to {Pick(Verbs)} the {topic} ({index + 1})",
            _ => $"{char.ToUpperInvariant(topic[0])}{topic[1..]} and {Pick(Topics)}: notes {index + 1}",
        };
        var target = 1000 + random.Next(4000);
        var body = new StringBuilder($"# {title}\n\n");
        string Sentence() => random.Next(4) switch
        {
            0 => $"{char.ToUpperInvariant(Pick(Verbs)[0])}{Pick(Verbs)[1..]} {Pick(Objects)} of the {Pick(Topics)} {Pick(Times)}.",
            1 => $"If the {Pick(Topics)} stops answering, {Pick(People)} calls us and we {Pick(Verbs)} {Pick(Objects)} first.",
            2 => $"The {topic} depends on the {Pick(Topics)}; {Pick(Verbs)} {Pick(Objects)} before changing it.",
            _ => $"Last change: {Pick(People)} asked us to {Pick(Verbs)} {Pick(Objects)} (ticket {random.Next(10000, 99999)}).",
        };
        while (body.Length < target)
        {
            switch (random.Next(4))
            {
                case 0:
                    body.Append($"## {char.ToUpperInvariant(Pick(Verbs)[0])}{Pick(Verbs)[1..]} the {Pick(Topics)}\n\n");
                    for (var s = 1; s <= 3 + random.Next(4); s++)
                        body.Append($"{s}. {Sentence()}\n");
                    body.Append('\n');
                    break;
                case 1:
                    body.Append("| Item | Value | Owner |\n| --- | --- | --- |\n");
                    for (var r = 0; r < 2 + random.Next(4); r++)
                        body.Append($"| {Pick(Topics)} | 10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)} | {Pick(People)} |\n");
                    body.Append('\n');
                    break;
                default:
                    for (var s = 0; s < 2 + random.Next(3); s++)
                        body.Append(Sentence()).Append(' ');
                    body.Append("\n\n");
                    break;
            }
        }
        // The last block may run past 5 KB: end at the last line that fits (the loop left at least 1,000 characters).
        var text = body.ToString();
        const int max = 5 * 1024;
        if (text.Length > max)
        {
            var cut = text.LastIndexOf('\n', max - 1);
            text = text[..(cut > 1000 ? cut + 1 : max)];
        }
        return (title, text);
    }
}

using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Assets;
using System.Diagnostics;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Seeding;

/// <summary>
/// <c>seed demo</c>: demo organisations and, on request, bulk data for demos and benchmarks. Idempotent: it tops
/// organisations and their data up to the requested counts and never duplicates. Bulk rows go in batches, each
/// batch saved with one summary audit row in the same transaction.
/// </summary>
public sealed partial class DemoSeeder(ClientStorDbContext db, AuditLog audit, VaultSecrets secrets, Features.Docs.ArticleRenderer renderer)
{
    private static readonly string[][] Named =
    [
        ["Contoso Ltd", "contoso", "Demo client: 40 seats, hybrid Entra ID."],
        ["Fabrikam Inc", "fabrikam", "Demo client: manufacturing, two sites."],
        ["Northwind Traders", "northwind", "Demo client: retail, PCI scope."],
    ];

    /// <summary>The slugs of the named demo clients (the ones <c>--directory</c> fills).</summary>
    public static IReadOnlyList<string> NamedSlugs => [.. Named.Select(n => n[1])];

    private const int Batch = 2000;

    public async Task<string> RunAsync(DemoSeed seed, CancellationToken ct)
    {
        var (orgCount, credentialsPerOrg, assetsPerOrg, auditRows, articlesPerOrg) = seed;
        var clock = Stopwatch.StartNew();
        var wanted = Named.Concat(Enumerable.Range(Named.Length + 1, Math.Max(0, orgCount - Named.Length))
            .Select(i => new[] { $"Demo Client {i:0000}", $"demo-client-{i:0000}", "Generated demo client." })).Take(Math.Max(orgCount, 0)).ToList();
        var existing = (await db.Orgs.Select(o => o.Slug).ToListAsync(ct)).ToHashSet();
        var now = DateTimeOffset.UtcNow;
        var createdOrgs = 0;
        foreach (var chunk in wanted.Where(d => !existing.Contains(d[1])).Chunk(200))
        {
            var entries = new List<AuditEntry>();
            foreach (var d in chunk)
            {
                var org = new Org
                {
                    Id = Guid.CreateVersion7(), Name = d[0], NormalizedName = Org.NormalizeName(d[0]), Slug = d[1], Notes = d[2], CreatedAt = now, UpdatedAt = now,
                };
                db.Orgs.Add(org);
                Features.Roles.OrgRoles.AddBuiltIns(db, org.Id, now);
                entries.Add(new AuditEntry(AuditCategories.Organisation, "org.created")
                {
                    Actor = AuditActor.System, OrgId = org.Id, TargetType = "org", TargetId = org.Id.ToString(),
                    Details = new { after = new { org.Name, org.Slug }, source = "seed demo" },
                });
            }
            await audit.SaveAsync(entries, ct);
            db.ChangeTracker.Clear();
            createdOrgs += chunk.Length;
        }

        var phases = new List<string>();
        var lapStart = 0.0;
        void Lap(string phase)
        {
            phases.Add($"{phase} {clock.Elapsed.TotalSeconds - lapStart:0.0} s");
            lapStart = clock.Elapsed.TotalSeconds;
        }
        Lap("organisations");
        var createdCredentials = 0;
        if (credentialsPerOrg > 0)
        {
            var slugs = wanted.Select(d => d[1]).ToList();
            var orgs = await db.Orgs.Where(o => slugs.Contains(o.Slug)).Select(o => new { o.Id, Have = db.Set<Credential>().Count(c => c.OrgId == o.Id) }).ToListAsync(ct);
            foreach (var org in orgs.Where(o => o.Have < credentialsPerOrg))
            {
                for (var start = org.Have; start < credentialsPerOrg; start += Batch)
                {
                    var count = Math.Min(Batch, credentialsPerOrg - start);
                    for (var i = start; i < start + count; i++)
                    {
                        var c = new Credential
                        {
                            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = $"Server {i + 1:00000} admin", Username = "administrator",
                            Url = $"https://srv{i + 1:00000}.example.test", Tags = i % 3 == 0 ? ["server", "windows"] : ["network"],
                            CreatedAt = now, UpdatedAt = now,
                        };
                        await secrets.SetAsync(c, VaultSecrets.Password, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15)), ct);
                        if (i % 4 == 0)
                            await secrets.SetAsync(c, VaultSecrets.OtpSeed, OtpNet.Base32Encoding.ToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)), ct);
                        db.Credentials.Add(c);
                    }
                    await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.seeded")
                    {
                        Actor = AuditActor.System, OrgId = org.Id, TargetType = "credential", Details = new { count, source = "seed demo" },
                    }, ct);
                    db.ChangeTracker.Clear();
                    createdCredentials += count;
                }
            }
        }
        Lap("credentials");
        var createdAssets = assetsPerOrg > 0 ? await SeedAssetsAsync(wanted.Select(d => d[1]).ToList(), assetsPerOrg, ct) : 0;
        Lap("assets");
        var createdArticles = articlesPerOrg > 0 ? await SeedArticlesAsync(wanted.Select(d => d[1]).ToList(), articlesPerOrg, ct) : 0;
        Lap("articles");
        var createdAudit = auditRows > 0 ? await SeedAuditAsync(wanted.Select(d => d[1]).ToList(), auditRows, ct) : 0;
        Lap("audit rows");
        if (createdCredentials + createdAssets + createdAudit + createdArticles > 0)
            // Bulk loads leave the planner's statistics stale until autovacuum comes round: refresh them now.
            await db.Database.ExecuteSqlRawAsync("ANALYZE assets; ANALYZE credentials; ANALYZE credential_secrets; ANALYZE audit_events; ANALYZE articles; ANALYZE article_revisions", ct);
        Lap("analyze");
        return $"seed demo: {createdOrgs} organisation(s) created ({wanted.Count - createdOrgs} already present), " +
            $"{createdCredentials} credential(s), {createdAssets} asset(s), {createdArticles} article(s) and {createdAudit} audit row(s) created, in {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", phases)}).";
    }

    private static readonly (string Type, string Manufacturer, string Model)[] Catalog =
    [
        ("workstation", "Dell", "OptiPlex 7010"), ("laptop", "Lenovo", "ThinkPad T14"), ("server", "HPE", "ProLiant DL380 Gen11"),
        ("switch", "Cisco", "Catalyst 9300"), ("router", "Juniper", "MX204"), ("firewall", "Fortinet", "FortiGate 100F"),
        ("access-point", "Ubiquiti", "U6 Pro"), ("printer", "Brother", "HL-L6400DW"), ("phone", "Yealink", "T54W"), ("ups", "APC", "SMT1500"),
    ];

    private static readonly string[] Statuses = ["active", "active", "active", "active", "spare", "in-repair", "planned", "retired"];

    /// <summary>Assets by binary COPY, 5,000 rows per batch, each batch in one transaction with its summary audit row.</summary>
    private async Task<int> SeedAssetsAsync(List<string> slugs, int perOrg, CancellationToken ct)
    {
        var orgs = await db.Orgs.Where(o => slugs.Contains(o.Slug)).Select(o => new { o.Id, o.Slug, Have = db.Set<Features.Assets.Asset>().Count(a => a.OrgId == o.Id) }).ToListAsync(ct);
        var created = 0;
        var now = DateTimeOffset.UtcNow;
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var org in orgs.Where(o => o.Have < perOrg))
        {
            var site = await db.Locations.Where(l => l.OrgId == org.Id && l.Kind == "site").Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
            if (site is null)
            {
                var location = new Features.Locations.Location { Id = Guid.CreateVersion7(), OrgId = org.Id, Name = "Head office", Kind = "site", CreatedAt = now, UpdatedAt = now };
                db.Locations.Add(location);
                await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "location.created")
                {
                    Actor = AuditActor.System, OrgId = org.Id, TargetType = "location", TargetId = location.Id.ToString(), Details = new { location.Name, source = "seed demo" },
                }, ct);
                db.ChangeTracker.Clear();
                site = location.Id;
            }
            for (var start = org.Have; start < perOrg; start += 5000)
            {
                var count = Math.Min(5000, perOrg - start);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await using (var copy = await connection.BeginBinaryImportAsync(
                    "COPY assets (id, org_id, type, name, serial, manufacturer, model, status, location_id, warranty_expires, tags, mac_addresses, created_at, updated_at) FROM STDIN (FORMAT BINARY)", ct))
                {
                    for (var i = start; i < start + count; i++)
                    {
                        var (type, manufacturer, model) = Catalog[i % Catalog.Length];
                        var stamp = now.AddSeconds(-(perOrg - i));
                        await copy.StartRowAsync(ct);
                        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                        await copy.WriteAsync(org.Id, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                        await copy.WriteAsync(type, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync($"{type.ToUpperInvariant()}-{i + 1:000000}", NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync($"SN{org.Slug.GetHashCode() & 0xFFFF:X4}{i + 1:0000000}", NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(manufacturer, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(model, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(Statuses[i % Statuses.Length], NpgsqlTypes.NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(site.Value, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                        await copy.WriteAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(i % 1500 - 300), NpgsqlTypes.NpgsqlDbType.Date, ct);
                        await copy.WriteAsync(i % 5 == 0 ? new[] { "critical" } : i % 3 == 0 ? new[] { "office" } : Array.Empty<string>(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, ct);
                        var mac = $"02:{(org.Id.GetHashCode() >> 8) & 0xFF:x2}:{(i >> 16) & 0xFF:x2}:{(i >> 8) & 0xFF:x2}:{i & 0xFF:x2}:{i % 7:x2}";
                        await copy.WriteAsync(new[] { mac }, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, ct);
                        await copy.WriteAsync(stamp, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct);
                        await copy.WriteAsync(stamp, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct);
                    }
                    await copy.CompleteAsync(ct);
                }
                await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.seeded")
                {
                    Actor = AuditActor.System, OrgId = org.Id, TargetType = "asset", Details = new { count, source = "seed demo" },
                }, ct);
                await tx.CommitAsync(ct);
                created += count;
            }
        }
        return created;
    }
}

/// <summary>What <c>seed demo</c> tops up to: organisations, and per organisation credentials, assets and articles; audit rows in total.</summary>
public sealed record DemoSeed(int Orgs, int CredentialsPerOrg = 0, int AssetsPerOrg = 0, int AuditRows = 0, int ArticlesPerOrg = 0);

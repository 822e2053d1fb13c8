using System.Diagnostics;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Vault;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Platform.Cli;

/// <summary>
/// <c>seed demo</c>: demo organisations and, on request, bulk data for demos and benchmarks. Idempotent: it tops
/// organisations and their data up to the requested counts and never duplicates. Bulk rows go in batches, each
/// batch saved with one summary audit row in the same transaction.
/// </summary>
public sealed class DemoSeeder(ClientStorDbContext db, AuditLog audit, VaultSecrets secrets)
{
    private static readonly string[][] Named =
    [
        ["Contoso Ltd", "contoso", "Demo client: 40 seats, hybrid Entra ID."],
        ["Fabrikam Inc", "fabrikam", "Demo client: manufacturing, two sites."],
        ["Northwind Traders", "northwind", "Demo client: retail, PCI scope."],
    ];

    private const int Batch = 2000;

    public async Task<string> RunAsync(int orgCount, int credentialsPerOrg, CancellationToken ct)
    {
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

        var createdCredentials = 0;
        if (credentialsPerOrg > 0)
        {
            var slugs = wanted.Select(d => d[1]).ToList();
            var orgs = await db.Orgs.Where(o => slugs.Contains(o.Slug)).Select(o => new { o.Id, Have = db.Credentials.Count(c => c.OrgId == o.Id) }).ToListAsync(ct);
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
        return $"seed demo: {createdOrgs} organisation(s) created ({wanted.Count - createdOrgs} already present), " +
            $"{createdCredentials} credential(s) created, in {clock.Elapsed.TotalSeconds:0.0} s.";
    }
}

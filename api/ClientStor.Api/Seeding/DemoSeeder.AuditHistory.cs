using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Assets;
using System.Diagnostics;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Seeding;

/// <summary>The audit history part of <c>seed demo</c>: plausible rows over 90 days, hashed and chained as the app does.</summary>
public sealed partial class DemoSeeder
{
    private static readonly (string Category, string Action, string Outcome, string TargetType, int Weight)[] AuditMix =
    [
        (AuditCategories.Organisation, "asset.updated", AuditOutcomes.Success, "asset", 18),
        (AuditCategories.Organisation, "asset.created", AuditOutcomes.Success, "asset", 7),
        (AuditCategories.Organisation, "asset.deleted", AuditOutcomes.Success, "asset", 2),
        (AuditCategories.Organisation, "asset.related", AuditOutcomes.Success, "asset", 2),
        (AuditCategories.Organisation, "location.created", AuditOutcomes.Success, "location", 1),
        (AuditCategories.Organisation, "subnet.created", AuditOutcomes.Success, "subnet", 1),
        (AuditCategories.Vault, "credential.listed", AuditOutcomes.Success, "credential", 12),
        (AuditCategories.Vault, "credential.viewed", AuditOutcomes.Success, "credential", 14),
        (AuditCategories.Vault, "credential.revealed", AuditOutcomes.Success, "credential", 10),
        (AuditCategories.Vault, "credential.totp_viewed", AuditOutcomes.Success, "credential", 4),
        (AuditCategories.Vault, "credential.updated", AuditOutcomes.Success, "credential", 3),
        (AuditCategories.Vault, "credential.created", AuditOutcomes.Success, "credential", 2),
        (AuditCategories.Permissions, "member.added", AuditOutcomes.Success, "user", 1),
        (AuditCategories.Permissions, "member.roles_changed", AuditOutcomes.Success, "user", 1),
        (AuditCategories.Api, "token.issued", AuditOutcomes.Success, "apikey", 16),
        (AuditCategories.Api, "token.refused", AuditOutcomes.Denied, "apikey", 1),
        (AuditCategories.Api, "apikey.scope_violation", AuditOutcomes.Denied, "apikey", 1),
        (AuditCategories.Security, "secret.unreadable", AuditOutcomes.Failure, "credential", 1),
        (AuditCategories.Admin, "audit.exported", AuditOutcomes.Success, "audit", 1),
    ];

    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    ];

    private const int AuditBatch = 50_000;

    /// <summary>
    /// Tops the organisations' audit logs up to <paramref name="total"/> rows: realistic events spread over the last 90 days,
    /// appended to each organisation's hash chain (ids, sequence numbers and hashes exactly as <see cref="AuditLog"/> writes
    /// them, heads updated) so <c>audit verify</c> still passes. One transaction holding the chain heads' row locks (live
    /// writers to these chains wait); binary COPY in batches, the next batch generated and hashed while one is copied.
    /// </summary>
    private async Task<int> SeedAuditAsync(List<string> slugs, int total, CancellationToken ct)
    {
        var orgIds = await db.Orgs.Where(o => slugs.Contains(o.Slug)).OrderBy(o => o.Slug).Select(o => o.Id).ToListAsync(ct);
        if (orgIds.Count == 0)
            return 0;
        var have = await db.AuditEvents.CountAsync(e => e.OrgId != null && orgIds.Contains(e.OrgId.Value), ct);
        var toAdd = total - have;
        if (toAdd <= 0)
            return 0;

        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var chains = orgIds.Select(id => id.ToString()).Order(StringComparer.Ordinal).ToArray();
            // Same order and row locks as the commit-time seal (audit_pending_seal), so a live writer waits instead of forking a chain.
            await Execute(connection, "INSERT INTO audit_chain_heads (chain, last_seq, last_hash) SELECT unnest(@chains), 0, '' ON CONFLICT (chain) DO NOTHING", ct, ("chains", chains));
            var heads = new Dictionary<string, (long Seq, string Hash)>();
            await using (var cmd = new Npgsql.NpgsqlCommand("SELECT chain, last_seq, last_hash FROM audit_chain_heads WHERE chain = ANY(@chains) ORDER BY chain COLLATE \"C\" FOR UPDATE", connection))
            {
                cmd.Parameters.AddWithValue("chains", chains);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    heads[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            }
            // Ids taken under the locks: every seeded id is above the chains' existing rows, ascending with time.
            var ids = new long[toAdd];
            await using (var cmd = new Npgsql.NpgsqlCommand("SELECT nextval('audit_events_id_seq') FROM generate_series(1, @n)", connection))
            {
                cmd.Parameters.AddWithValue("n", toAdd);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                for (var i = 0; await reader.ReadAsync(ct); i++)
                    ids[i] = reader.GetInt64(0);
            }
            Array.Sort(ids);

            var random = new Random(have);
            var weights = AuditMix.Sum(m => m.Weight);
            var end = DateTimeOffset.UtcNow;
            var span = TimeSpan.FromDays(90);
            var technicians = Enumerable.Range(1, 40).Select(i => (Id: new Guid($"00000000-0000-7000-8000-{i:000000000000}").ToString(), Name: $"tech{i:00}@msp.example")).ToArray();
            // Rows in time order; then each chain's rows hashed in order, chains in parallel.
            AuditEvent[] Build(int start)
            {
                var rows = new AuditEvent[Math.Min(AuditBatch, toAdd - start)];
                for (var i = 0; i < rows.Length; i++)
                {
                    var at = AuditChain.Truncate(end - span + span * ((start + i + random.NextDouble()) / toAdd));
                    rows[i] = FakeAuditEvent(ids[start + i], orgIds[random.Next(orgIds.Count)], at, random, weights, technicians);
                }
                var perChain = rows.GroupBy(r => r.Chain).Select(g => (Chain: g.Key, Rows: g.ToArray(), Head: heads[g.Key])).ToArray();
                Parallel.ForEach(perChain, group =>
                {
                    var (seq, hash) = group.Head;
                    foreach (var row in group.Rows)
                    {
                        row.ChainSeq = ++seq;
                        row.PrevHash = hash;
                        row.Hash = hash = AuditChain.ComputeHash(row);
                    }
                });
                foreach (var (chain, chainRows, _) in perChain)
                    heads[chain] = (chainRows[^1].ChainSeq, chainRows[^1].Hash);
                return rows;
            }

            var next = Task.Run(() => Build(0), ct);
            for (var start = 0; start < toAdd; start += AuditBatch)
            {
                var rows = await next;
                var following = start + AuditBatch;
                if (following < toAdd)
                    next = Task.Run(() => Build(following), ct);
                await CopyAuditAsync(connection, rows, ct);
            }
            var changed = heads.Where(h => h.Value.Seq > 0).ToArray();
            await Execute(connection, """
                UPDATE audit_chain_heads h SET last_seq = v.seq, last_hash = v.hash
                FROM unnest(@chains, @seqs, @hashes) AS v(chain, seq, hash) WHERE h.chain = v.chain
                """, ct, ("chains", changed.Select(h => h.Key).ToArray()), ("seqs", changed.Select(h => h.Value.Seq).ToArray()),
                ("hashes", changed.Select(h => h.Value.Hash).ToArray()));
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return toAdd;
    }

    private static AuditEvent FakeAuditEvent(long id, Guid orgId, DateTimeOffset at, Random random, int weights, (string Id, string Name)[] technicians)
    {
        var pick = random.Next(weights);
        var mix = AuditMix[0];
        foreach (var m in AuditMix)
        {
            if (pick < m.Weight) { mix = m; break; }
            pick -= m.Weight;
        }
        var byKey = mix.Category == AuditCategories.Api;
        var tech = technicians[random.Next(technicians.Length)];
        var keyId = new Guid($"00000000-0000-7000-9000-{orgId.GetHashCode() & 0xFFFF:000000000000}").ToString();
        var target = mix.TargetType == "apikey" ? keyId : mix.TargetType == "audit" ? null : Guid.CreateVersion7(at).ToString();
        var n = random.Next(1, 100_000);
        var details = mix.Action switch
        {
            "asset.updated" => $$"""{"before":{"status":"active"},"after":{"status":"{{Statuses[n % Statuses.Length]}}"},"changed":["status"]}""",
            "asset.created" or "asset.deleted" => $$$"""{"{{{(mix.Action == "asset.created" ? "after" : "before")}}}":{"type":"{{{Catalog[n % Catalog.Length].Type}}}","name":"ASSET-{{{n:000000}}}","status":"active","tags":[]}}""",
            "asset.related" => $$"""{"kind":"depends-on","to":"{{Guid.CreateVersion7(at)}}"}""",
            "credential.listed" => $$"""{"filters":{"q":null,"folderId":null,"tag":null},"count":{{n % 50 + 1}}}""",
            "credential.revealed" => $$"""{"field":"{{(n % 4 == 0 ? "otpSeed" : "password")}}","name":"Server {{n % 100 + 1:00000}} admin"}""",
            "credential.viewed" or "credential.totp_viewed" or "credential.created" or "secret.unreadable" => $$"""{"name":"Server {{n % 100 + 1:00000}} admin"}""",
            "credential.updated" => """{"changed":["url","notes"],"secretsChanged":["password"]}""",
            "member.added" or "member.roles_changed" => """{"before":[],"after":["Technician"]}""",
            "token.issued" => $$"""{"grant":"client_credentials","scopes":["assets.read","vault.read"],"ip":"203.0.113.{{n % 250 + 1}}"}""",
            "token.refused" => """{"reason":"address not allowed"}""",
            "apikey.scope_violation" => """{"permission":"vault.write","endpoint":"POST /api/v1/orgs/{orgId}/vault/credentials","status":403}""",
            "audit.exported" => """{"filters":{"category":"vault"},"rows":1200}""",
            _ => """{"source":"seed demo"}""",
        };
        return new AuditEvent
        {
            Id = id,
            Chain = AuditChain.ChainFor(orgId),
            OccurredAt = at,
            Category = mix.Category,
            Action = mix.Action,
            Outcome = mix.Outcome,
            ActorType = byKey ? "api-key" : "user",
            ActorId = byKey ? keyId : tech.Id,
            ActorName = byKey ? "CI export" : tech.Name,
            OrgId = orgId,
            TargetType = mix.TargetType,
            TargetId = target,
            Ip = byKey ? $"203.0.113.{n % 250 + 1}" : $"10.{n % 200}.{n / 200 % 250}.{n % 7 + 10}",
            UserAgent = byKey ? "ClientStor.Sdk/1.0" : UserAgents[n % UserAgents.Length],
            RequestId = $"00-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}-{random.NextInt64():x16}-00",
            Details = details,
        };
    }

    private static async Task CopyAuditAsync(Npgsql.NpgsqlConnection connection, AuditEvent[] rows, CancellationToken ct)
    {
        const NpgsqlTypes.NpgsqlDbType text = NpgsqlTypes.NpgsqlDbType.Varchar;
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY audit_events (id, chain, chain_seq, occurred_at, category, action, outcome, actor_type, actor_id, actor_name, org_id, " +
            "target_type, target_id, ip, user_agent, request_id, details, prev_hash, hash) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.Id, NpgsqlTypes.NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(r.Chain, text, ct);
            await copy.WriteAsync(r.ChainSeq, NpgsqlTypes.NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(r.OccurredAt, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(r.Category, text, ct);
            await copy.WriteAsync(r.Action, text, ct);
            await copy.WriteAsync(r.Outcome, text, ct);
            await copy.WriteAsync(r.ActorType, text, ct);
            await copy.WriteAsync(r.ActorId, text, ct);
            await copy.WriteAsync(r.ActorName, text, ct);
            await copy.WriteAsync(r.OrgId, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.TargetType, text, ct);
            await copy.WriteAsync(r.TargetId, text, ct);
            await copy.WriteAsync(r.Ip, text, ct);
            await copy.WriteAsync(r.UserAgent, text, ct);
            await copy.WriteAsync(r.RequestId, text, ct);
            await copy.WriteAsync(r.Details, NpgsqlTypes.NpgsqlDbType.Json, ct);
            await copy.WriteAsync(r.PrevHash, text, ct);
            await copy.WriteAsync(r.Hash, text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task Execute(Npgsql.NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

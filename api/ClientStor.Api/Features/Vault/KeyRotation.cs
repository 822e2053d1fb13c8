using System.Diagnostics;
using ClientStor.Api.Platform.Crypto;
using Npgsql;
using NpgsqlTypes;

namespace ClientStor.Api.Features.Vault;

/// <summary>Progress of a rotation: which store, how many re-encrypted so far, of how many.</summary>
public sealed record RotationProgress(string Store, int Done, int Total);

/// <param name="Unreadable">Secrets that failed their integrity check (moved or altered): left as they are and reported.</param>
public sealed record RotationResult(int FromVersion, int ToVersion, bool Resumed, int Reencrypted, int Unreadable, bool Finished, TimeSpan Elapsed);

/// <summary>
/// <c>vault rotate-key</c>: adds a data key version and re-encrypts every secret to it — vault fields, users'
/// TOTP seeds and the OAuth server's private keys (integration secrets join this list when they exist) — in batches. Each batch is one statement that
/// only replaces a ciphertext still equal to what was read, so a concurrent edit is never overwritten (the row is
/// simply picked up again). Old versions stay readable throughout. Interrupted, it resumes: a run that finds
/// ciphertext older than the newest version finishes that rotation instead of adding another version.
/// </summary>
public sealed class KeyRotation(ClientStorDbContext db, KeyRing keys, FieldCipher cipher, AuditLog audit)
{
    private sealed record Row(Guid Id, string Field, byte[] Ciphertext, Guid Scope);

    /// <summary>SelectSql(target, batch) reads rows not on the target version after the keyset position (@afterId, @afterField).</summary>
    private sealed record Store(string Name, string CountSql, Func<int, int, string> SelectSql, string UpdateSql);

    // The TOTP rows' field is the column name, which is also the field their SecretSlot binds (see MfaService).
    // Version of an envelope inside SQL: bytes 1..4, big-endian (see FieldCipher).
    private static string VersionOf(string column) =>
        $"(get_byte({column},1)::bigint*16777216 + get_byte({column},2)*65536 + get_byte({column},3)*256 + get_byte({column},4))";

    private static readonly Store[] Stores =
    [
        new("vault secrets",
            "SELECT key_version AS version, count(*)::int AS n FROM credential_secrets GROUP BY key_version",
            (target, n) => $"SELECT credential_id AS id, field, ciphertext, org_id AS scope FROM credential_secrets WHERE key_version <> {target} AND (credential_id, field) > (@afterId, @afterField) ORDER BY credential_id, field LIMIT {n}",
            "UPDATE credential_secrets s SET ciphertext = v.new, key_version = @target FROM unnest(@ids, @fields, @olds, @news) AS v(id, field, old, new) " +
            "WHERE s.credential_id = v.id AND s.field = v.field AND s.ciphertext = v.old"),
        TotpStore("totp_secret", "user TOTP seeds"),
        TotpStore("totp_pending_secret", "user TOTP seeds being enrolled"),
        new("OAuth server keys",
            $"SELECT {VersionOf("pem_ciphertext")}::int AS version, count(*)::int AS n FROM server_keys WHERE pem_ciphertext IS NOT NULL GROUP BY 1",
            (target, n) => $"SELECT id, 'pem_ciphertext' AS field, pem_ciphertext AS ciphertext, '00000000-0000-0000-0000-000000000000'::uuid AS scope FROM server_keys WHERE pem_ciphertext IS NOT NULL AND {VersionOf("pem_ciphertext")} <> {target} AND (id, 'pem_ciphertext') > (@afterId, @afterField) ORDER BY id LIMIT {n}",
            "UPDATE server_keys k SET pem_ciphertext = v.new FROM unnest(@ids, @fields, @olds, @news) AS v(id, field, old, new) WHERE k.id = v.id AND k.pem_ciphertext = v.old"),
    ];

    private static Store TotpStore(string column, string name) => new(name,
        $"SELECT {VersionOf(column)}::int AS version, count(*)::int AS n FROM users WHERE {column} IS NOT NULL GROUP BY 1",
        (target, n) => $"SELECT id, '{column}' AS field, {column} AS ciphertext, '00000000-0000-0000-0000-000000000000'::uuid AS scope FROM users WHERE {column} IS NOT NULL AND {VersionOf(column)} <> {target} AND (id, '{column}') > (@afterId, @afterField) ORDER BY id LIMIT {n}",
        $"UPDATE users u SET {column} = v.new FROM unnest(@ids, @fields, @olds, @news) AS v(id, field, old, new) WHERE u.id = v.id AND u.{column} = v.old");

    /// <summary>Ciphertext counts per store and key version.</summary>
    public async Task<Dictionary<string, Dictionary<int, int>>> StatusAsync(CancellationToken ct)
    {
        var result = new Dictionary<string, Dictionary<int, int>>();
        foreach (var store in Stores)
            result[store.Name] = (await db.Database.SqlQueryRaw<VersionCount>(store.CountSql).ToListAsync(ct)).ToDictionary(r => r.Version, r => r.N);
        return result;
    }

    public async Task<RotationResult> RunAsync(int batchSize, Action<RotationProgress> progress, CancellationToken ct, int? maxBatches = null)
    {
        var clock = Stopwatch.StartNew();
        var current = await keys.CurrentVersionAsync(ct);
        var status = await StatusAsync(ct);
        var unfinished = status.Values.Any(v => v.Keys.Any(k => k != current));
        var resumed = unfinished && current > 1 && await AnyStartedAsync(current, ct);
        var target = resumed ? current : await keys.AddVersionAsync(ct);
        var total = status.Values.Sum(v => v.Where(kv => kv.Key != target).Sum(kv => kv.Value));
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, resumed ? "key.rotation_resumed" : "key.rotation_started")
        {
            Actor = AuditActor.System, TargetType = "key", TargetId = target.ToString(),
            Details = new { fromVersions = status.Values.SelectMany(v => v.Keys).Distinct().Order().ToList(), toVersion = target, secrets = total },
        }, ct);

        var done = 0;
        var batches = 0;
        var unreadable = new HashSet<(Guid, string)>();
        foreach (var store in Stores)
        {
            var storeTotal = status[store.Name].Where(kv => kv.Key != target).Sum(kv => kv.Value);
            var storeDone = 0;
            // Passes in key order; a row edited concurrently (its update skipped) is caught by the next pass.
            for (var pass = 0; pass < 5; pass++)
            {
                var after = (Id: Guid.Empty, Field: "");
                var updatedThisPass = 0;
                while (true)
                {
                    if (maxBatches is { } max && batches >= max)
                        return new RotationResult(current, target, resumed, done, unreadable.Count, false, clock.Elapsed);
                    var rows = await db.Database.SqlQueryRaw<Row>(store.SelectSql(target, batchSize),
                        new NpgsqlParameter("afterId", after.Id), new NpgsqlParameter("afterField", after.Field)).ToListAsync(ct);
                    if (rows.Count == 0)
                        break;
                    after = (rows[^1].Id, rows[^1].Field);
                    var ready = new List<(Row Row, byte[] New)>();
                    foreach (var row in rows)
                    {
                        try
                        {
                            ready.Add((row, (await cipher.ReencryptAsync(new SecretSlot(row.Scope, row.Id, row.Field), row.Ciphertext, target, ct))!));
                        }
                        catch (SecretUnreadableException)
                        {
                            unreadable.Add((row.Id, row.Field));
                        }
                    }
                    var updated = ready.Count == 0 ? 0 : await db.Database.ExecuteSqlRawAsync(store.UpdateSql,
                    [
                        new NpgsqlParameter("target", target),
                        new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ready.Select(r => r.Row.Id).ToArray() },
                        new NpgsqlParameter("fields", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ready.Select(r => r.Row.Field).ToArray() },
                        new NpgsqlParameter("olds", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = ready.Select(r => r.Row.Ciphertext).ToArray() },
                        new NpgsqlParameter("news", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = ready.Select(r => r.New).ToArray() },
                    ], ct);
                    storeDone += updated;
                    updatedThisPass += updated;
                    done += updated;
                    batches++;
                    progress(new RotationProgress(store.Name, storeDone, storeTotal));
                }
                if (updatedThisPass == 0)
                    break;
            }
        }
        if (unreadable.Count > 0)
            await audit.SaveAsync(new AuditEntry(AuditCategories.Security, "secret.unreadable")
            {
                Outcome = AuditOutcomes.Failure, Actor = AuditActor.System, TargetType = "key", TargetId = target.ToString(),
                Details = new { reason = "failed the integrity check during key rotation; left unchanged", count = unreadable.Count,
                    secrets = unreadable.Take(100).Select(u => new { id = u.Item1, field = u.Item2 }).ToList() },
            }, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "key.rotation_finished")
        {
            Actor = AuditActor.System, TargetType = "key", TargetId = target.ToString(),
            Details = new { toVersion = target, reencrypted = done, unreadable = unreadable.Count, seconds = Math.Round(clock.Elapsed.TotalSeconds, 1) },
        }, ct);
        return new RotationResult(current, target, resumed, done, unreadable.Count, true, clock.Elapsed);
    }

    /// <summary>True when a rotation to <paramref name="version"/> started and has not finished.</summary>
    private async Task<bool> AnyStartedAsync(int version, CancellationToken ct)
    {
        var id = version.ToString();
        var events = db.AuditEvents.IgnoreQueryFilters().Where(e => e.TargetType == "key" && e.TargetId == id);
        return await events.AnyAsync(e => e.Action == "key.rotation_started" || e.Action == "key.rotation_resumed", ct)
            && !await events.AnyAsync(e => e.Action == "key.rotation_finished", ct);
    }

    private sealed record VersionCount(int Version, int N);
}

using System.Diagnostics;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Platform.Auditing;

public static class AuditCategories
{
    public const string Authentication = "authentication";
    public const string Vault = "vault";
    public const string Permissions = "permissions";
    public const string Admin = "admin";
    public const string Organisation = "organisation";
    public const string Api = "api";
    public const string Security = "security";

    public static readonly string[] All = [Authentication, Vault, Permissions, Admin, Organisation, Api, Security];
}

public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Denied = "denied";

    public static readonly string[] All = [Success, Failure, Denied];
}

/// <summary>Who did it. Taken from the request's token unless an entry names it (sign-in, CLI, jobs).</summary>
public sealed record AuditActor(string Type, string? Id, string? Name)
{
    public static readonly AuditActor System = new("system", null, "system");
    public static AuditActor User(Guid id, string? name) => new("user", id.ToString(), name);
}

/// <summary>What to record. <see cref="Details"/> holds before/after values — never secrets or hashes.</summary>
public sealed record AuditEntry(string Category, string Action)
{
    public string Outcome { get; init; } = AuditOutcomes.Success;
    public Guid? OrgId { get; init; }
    public string? TargetType { get; init; }
    public string? TargetId { get; init; }
    public object? Details { get; init; }
    public AuditActor? Actor { get; init; }
    /// <summary>The client address; null takes the current request's (set by events recorded outside a request).</summary>
    public string? Ip { get; init; }
    public string? UserAgent { get; init; }
}

/// <summary>
/// The one way to record an event. <see cref="SaveAsync(AuditEntry, CancellationToken)"/> saves the
/// DbContext's pending changes and the audit rows in one transaction: a change without its audit row
/// cannot commit, and a failed audit write rolls the change back.
/// </summary>
public sealed class AuditLog(ClientStorDbContext db, IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Stored in a json column and exported as CSV, never rendered as HTML: keep it readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task SaveAsync(AuditEntry entry, CancellationToken ct) => SaveAsync([entry], ct);

    public async Task SaveAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(ct);
            await AppendAsync(entries, ct);
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await AppendAsync(entries, ct);
        await tx.CommitAsync(ct);
    }

    private async Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var ctx = http.HttpContext;
        var requestActor = ctx is null ? AuditActor.System : ActorOf(ctx);
        var now = AuditChain.Truncate(DateTimeOffset.UtcNow);
        // Chains are locked in a fixed order so two transactions touching the same chains cannot deadlock.
        foreach (var group in entries.GroupBy(e => AuditChain.ChainFor(e.OrgId)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var chain = group.Key;
            // One round trip creates the head if needed, locks it (ON CONFLICT DO UPDATE takes the row lock), reads it and
            // draws the rows' ids under the lock (so ids follow chain order); the lock is then held only for the insert
            // and the commit.
            var count = group.Count();
            var current = await db.Database.SqlQuery<ChainHeadRow>($"""
                INSERT INTO audit_chain_heads AS h (chain, last_seq, last_hash) VALUES ({chain}, 0, '')
                ON CONFLICT (chain) DO UPDATE SET chain = h.chain
                RETURNING h.last_seq, h.last_hash,
                    (SELECT array_agg(nextval('audit_events_id_seq') ORDER BY n) FROM generate_series(1, {count}) AS n) AS ids
                """).ToListAsync(ct); // not composed: an INSERT cannot be a subquery
            var ids = current[0].Ids.Order().ToArray();
            var nextId = 0;
            var head = db.AuditChainHeads.Local.FirstOrDefault(h => h.Chain == chain);
            if (head is null)
                db.AuditChainHeads.Attach(head = new AuditChainHead { Chain = chain, LastSeq = current[0].LastSeq, LastHash = current[0].LastHash });
            else
                (head.LastSeq, head.LastHash) = (current[0].LastSeq, current[0].LastHash);
            foreach (var entry in group)
            {
                var actor = entry.Actor ?? requestActor;
                var row = new AuditEvent
                {
                    Id = ids[nextId++],
                    Chain = chain,
                    ChainSeq = head.LastSeq + 1,
                    OccurredAt = now,
                    Category = entry.Category,
                    Action = entry.Action,
                    Outcome = entry.Outcome,
                    ActorType = actor.Type,
                    ActorId = actor.Id,
                    ActorName = Clip(actor.Name, 320),
                    OrgId = entry.OrgId,
                    TargetType = entry.TargetType,
                    TargetId = entry.TargetId,
                    Ip = entry.Ip ?? ctx?.Connection.RemoteIpAddress?.ToString(),
                    UserAgent = Clip(entry.UserAgent ?? ctx?.Request.Headers.UserAgent.ToString(), 512),
                    RequestId = ctx is null ? null : Activity.Current?.Id ?? ctx.TraceIdentifier,
                    Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, Json),
                    PrevHash = head.LastHash,
                };
                row.Hash = AuditChain.ComputeHash(row);
                head.LastSeq = row.ChainSeq;
                head.LastHash = row.Hash;
                db.AuditEvents.Add(row);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private sealed record ChainHeadRow(long LastSeq, string LastHash, long[] Ids);

    /// <summary>The caller of a request as the audit log names it.</summary>
    public static AuditActor ActorOf(HttpContext ctx)
    {
        var user = ctx.User;
        if (user.GetClaim(Authorization.ClientStorClaims.ApiKeyId) is { } keyId)
            return new AuditActor("api-key", keyId, user.GetClaim(Claims.Name));
        if (user.GetClaim(Claims.Subject) is { } sub)
            return new AuditActor("user", sub, user.GetClaim(Claims.Email) ?? user.GetClaim(Claims.Name));
        if (user.GetClaim(Claims.ClientId) is { } client)
            return new AuditActor("api-key", client, client);
        return new AuditActor("anonymous", null, null);
    }

    private static string? Clip(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}

using System.Diagnostics;
using System.Text.Json;
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
public sealed class AuditLog(ClientStorDbContext db, IHttpContextAccessor http, AuditCommitGate gate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Stored in a json column and exported as CSV, never rendered as HTML: keep it readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private long position;

    public Task SaveAsync(AuditEntry entry, CancellationToken ct) => SaveAsync([entry], ct);

    /// <summary>
    /// Saves the changes and the entries in one SaveChanges (one round trip). The entries wait in <c>audit_pending</c>
    /// until the transaction commits; the database then locks the chain heads in a fixed order (no deadlocks) and appends
    /// each chain's entries in the order given, so a transaction that calls this several times appends in call order.
    /// </summary>
    public async Task SaveAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var pending = Pending(entries);
        db.AuditPending.AddRange(pending);
        try
        {
            if (db.Database.CurrentTransaction is not null)
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            // SaveChanges is the transaction (its own, or one batch, which PostgreSQL runs as one), after a turn at the
            // chains' gate. (A transaction begun here around it would only add a savepoint and a round trip or two.)
            using var turn = await gate.EnterAsync(pending.Select(p => p.Chain), ct);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            // Sealed (or rolled back) by the database: never saved again by a later SaveChanges of this context.
            foreach (var row in pending)
                db.Entry(row).State = EntityState.Detached;
        }
    }

    private List<AuditPending> Pending(IReadOnlyList<AuditEntry> entries)
    {
        var ctx = http.HttpContext;
        var requestActor = ctx is null ? AuditActor.System : ActorOf(ctx);
        var now = AuditChain.Truncate(DateTimeOffset.UtcNow);
        var rows = new List<AuditPending>(entries.Count);
        foreach (var entry in entries)
        {
            var actor = entry.Actor ?? requestActor;
            var row = new AuditPending
            {
                Position = ++position,
                Chain = AuditChain.ChainFor(entry.OrgId),
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
            };
            row.CanonicalTail = AuditChain.CanonicalTail(row);
            rows.Add(row);
        }
        return rows;
    }

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

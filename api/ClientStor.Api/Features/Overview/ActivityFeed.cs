using System.Reflection;
using System.Text.Json;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Users;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Overview;

/// <summary>One change or secret access in an organisation, told in plain language.</summary>
public sealed class ActivityItem
{
    /// <summary>The audit event's id (newest first).</summary>
    public required long Id { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid OrgId { get; init; }
    public required string OrgName { get; init; }
    /// <summary>The audit action, e.g. <c>asset.created</c>, <c>credential.revealed</c>.</summary>
    public required string Action { get; init; }
    /// <summary><c>user</c>, <c>api-key</c> or <c>system</c>.</summary>
    public required string ActorType { get; init; }
    public required string? ActorId { get; init; }
    /// <summary>A person's display name (as it is today), an API key's name, or "System".</summary>
    public required string ActorName { get; init; }
    /// <summary>The audit target type (<c>asset</c>, <c>credential</c>...): with <c>targetId</c>, what to link to.</summary>
    public required string? TargetType { get; init; }
    public required string? TargetId { get; init; }
    /// <summary>The target's name as the audit row recorded it (at the time).</summary>
    public required string? TargetName { get; init; }
    /// <summary>The sentence: "Ada Lovelace created asset FS01", "Bob revealed the password of credential Domain admin".</summary>
    public required string Text { get; init; }
}

/// <summary>
/// Recent activity of organisations from the audit log, in plain language: changes to their resources, secret reveals and
/// access changes. Metadata reads (<c>credential.listed</c>, <c>credential.viewed</c>), people's own favourites and recently
/// opened items, failures and sign-in events are left out. One partial index per question keeps every read bounded
/// (at most <c>limit</c> rows per organisation), however large the log.
/// </summary>
public sealed class ActivityFeed(ClientStorDbContext db)
{
    /// <summary>The audit rows that are activity; the partial indexes carry exactly this predicate, so PostgreSQL uses them.</summary>
    internal const string Filter =
        "org_id IS NOT NULL AND outcome = 'success' AND category IN ('organisation', 'vault', 'permissions', 'admin') " +
        "AND action NOT IN ('credential.listed', 'credential.viewed', 'favourite.created', 'favourite.updated', 'favourite.deleted', " +
        "'recent.created', 'recent.updated', 'recent.deleted')";

    /// <summary>The newest activity in <paramref name="orgIds"/> (null: every organisation), at most <paramref name="limit"/> items.</summary>
    public async Task<List<ActivityItem>> RecentAsync(IReadOnlyList<Guid>? orgIds, int limit, CancellationToken ct)
    {
        if (orgIds is { Count: 0 })
            return [];
        // Every organisation: one backward scan of the activity index. Some: the newest rows of each (an index probe per
        // organisation, never more than limit rows each), then the newest of those.
        var rows = orgIds is null
            ? db.AuditEvents.FromSqlRaw($"SELECT * FROM audit_events WHERE {Filter} ORDER BY id DESC LIMIT {{0}}", limit)
            : db.AuditEvents.FromSqlRaw(
                $"SELECT a.* FROM unnest({{0}}) AS o(id) CROSS JOIN LATERAL (SELECT * FROM audit_events WHERE org_id = o.id AND {Filter} ORDER BY id DESC LIMIT {{1}}) a",
                orgIds.ToArray(), limit);
        var events = await rows.AsNoTracking().OrderByDescending(e => e.Id).Take(limit).ToListAsync(ct);
        return await TellAsync(events, ct);
    }

    /// <summary>The events as plain-language items, with the actors' current display names and the organisations' names.</summary>
    public async Task<List<ActivityItem>> TellAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var userIds = events.Where(e => e.ActorType == "user").Select(e => Guid.TryParse(e.ActorId, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var people = userIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id.ToString(), u => u.DisplayName, ct);
        var orgIds = events.Select(e => e.OrgId).OfType<Guid>().Distinct().ToList();
        var orgs = await db.Orgs.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. events.Select(e => Tell(e, e.ActorId is { } a && people.TryGetValue(a, out var name) ? name : null, orgs.GetValueOrDefault(e.OrgId ?? Guid.Empty, "")))];
    }

    /// <summary>One audit event as a sentence. <paramref name="personName"/>: the acting person's current display name, if known.</summary>
    public static ActivityItem Tell(AuditEvent e, string? personName, string orgName)
    {
        using var document = e.Details is null ? null : JsonDocument.Parse(e.Details);
        var details = document?.RootElement ?? default;
        var actor = personName ?? (e.ActorType switch
        {
            "system" => "System",
            "api-key" => "API key " + (e.ActorName ?? "(unnamed)"),
            _ => e.ActorName ?? "Someone",
        });
        var name = NameOf(details);
        var noun = e.TargetType ?? e.Action.Split('.')[0];
        var target = name is null ? Article(Display(noun)) : $"{Display(noun)} {name}";
        var verb = e.Action.Contains('.') ? e.Action[(e.Action.IndexOf('.') + 1)..] : e.Action;
        return new ActivityItem
        {
            Id = e.Id, OccurredAt = e.OccurredAt, OrgId = e.OrgId ?? Guid.Empty, OrgName = orgName, Action = e.Action,
            ActorType = e.ActorType, ActorId = e.ActorId, ActorName = actor,
            TargetType = e.TargetType, TargetId = e.TargetId, TargetName = name,
            Text = $"{actor} {(Events.TryGetValue(e.Action, out var said) ? said : Phrase(verb, target, details))}{Outcome(e.Outcome)}",
        };
    }

    /// <summary>Events that are not a change to a named resource (the audit page shows them too), as whole phrases.</summary>
    private static readonly IReadOnlyDictionary<string, string> Events = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["login.succeeded"] = "signed in",
        ["login.failed"] = "tried to sign in",
        ["login.mfa_required"] = "entered a correct password and was asked for a second factor",
        ["mfa.used"] = "completed the second sign-in step",
        ["mfa.failed"] = "entered a wrong second-factor code",
        ["mfa.recovery_code_used"] = "signed in with a recovery code",
        ["mfa.enrolment_started"] = "started setting up an authenticator app",
        ["mfa.enrolled"] = "set up an authenticator app",
        ["mfa.disabled"] = "turned off their authenticator app",
        ["mfa.reset"] = "reset a user's second factor",
        ["mfa.recovery_codes_regenerated"] = "made new recovery codes",
        ["reauth.succeeded"] = "confirmed it was them",
        ["password.changed"] = "changed their password",
        ["password.reset"] = "reset a password",
        ["account.locked"] = "was locked out after too many failed sign-ins",
        ["account.unlocked"] = "unlocked an account",
        ["session.ended"] = "ended a session",
        ["token.issued"] = "was issued an access token",
        ["token.refreshed"] = "refreshed an access token",
        ["token.revoked"] = "revoked a token",
        ["token.refused"] = "was refused a token",
        ["oauth.authorized"] = "authorised the web app",
        ["credential.listed"] = "listed the credentials",
        ["audit.exported"] = "exported the audit log",
        ["audit.purged"] = "purged old audit events",
        ["rate_limit.exceeded"] = "went over the rate limit",
        ["apikey.scope_violation"] = "used an API key beyond its scopes",
        ["apikey.ip_denied"] = "used an API key from an address it does not allow",
        ["admin_ip.denied"] = "tried platform administration from an address not allowed",
        ["geoip.blocked"] = "was blocked by country",
        ["key.rotation_started"] = "started rotating the vault key",
        ["key.rotation_resumed"] = "resumed rotating the vault key",
        ["key.rotation_finished"] = "finished rotating the vault key",
    };

    /// <summary>" (failed)" / " (denied)" after a sentence whose event did not succeed.</summary>
    private static string Outcome(string outcome) => outcome switch
    {
        "failure" => " (failed)",
        "denied" => " (denied)",
        _ => "",
    };

    private static string Phrase(string verb, string target, JsonElement details) => verb switch
    {
        "created" => $"created {target}",
        "updated" => $"updated {target}{Fields(details)}",
        "deleted" => $"deleted {target}",
        "revealed" => $"revealed {SecretField(Text(details, "field"))} of {target}",
        "totp_viewed" => $"viewed the current TOTP code of {target}",
        "asset_placed" => $"placed {Text(details, "assetName") ?? "an asset"} in {target}",
        "asset_removed" => $"removed an asset from {target}",
        "related" => $"linked {target} to {Text(details, "toName") ?? "another asset"}",
        "unrelated" => $"unlinked {target} from another asset",
        "added" => $"added {target}",
        "removed" => $"removed {target}",
        "member_added" => $"added {Text(details, "email") ?? "a member"} to {target}",
        "member_removed" => $"removed a member from {target}",
        "grant_added" => $"gave {target} access",
        "grant_removed" => $"withdrew the access of {target}",
        "imported" => $"imported {target}",
        "exported" => $"exported {target}",
        _ => $"{verb.Replace('_', ' ')} {target}",
    };

    /// <summary>" (status, model)": the names of the fields an update changed (never their values), secret fields included.</summary>
    private static string Fields(JsonElement details)
    {
        var names = new[] { "changed", "secretsChanged", "secretsRemoved" }
            .SelectMany(p => details.ValueKind == JsonValueKind.Object && details.TryGetProperty(p, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => FieldName(v.GetString()!)) : [])
            .Distinct().ToList();
        return names.Count == 0 ? "" : $" ({string.Join(", ", names)})";
    }

    private static string FieldName(string field) => field switch
    {
        "otpSeed" => "TOTP seed",
        _ when field.StartsWith("custom:", StringComparison.Ordinal) => field["custom:".Length..],
        _ => field,
    };

    private static string SecretField(string? field) => field switch
    {
        null or "password" => "the password",
        "otpSeed" => "the TOTP seed",
        _ when field.StartsWith("custom:", StringComparison.Ordinal) => $"the secret field {field["custom:".Length..]}",
        _ => $"the {field}",
    };

    /// <summary>The target's name as recorded: <c>name</c>, or a naming field of the values after or before the change.</summary>
    private static string? NameOf(JsonElement details)
    {
        if (details.ValueKind != JsonValueKind.Object)
            return null;
        string[] naming = ["name", "email", "network", "address", "hostname", "key"];
        foreach (var field in naming)
            if (Text(details, field) is { } direct)
                return direct;
        foreach (var side in new[] { "after", "before" })
            if (details.TryGetProperty(side, out var values) && values.ValueKind == JsonValueKind.Object)
                foreach (var field in naming)
                    if (Text(values, field) is { } found)
                        return found;
        return null;
    }

    private static string? Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s : null;

    /// <summary>What people call a target type: a resource's display name ("IP address", "organisation"), else the noun in words.</summary>
    private static string Display(string noun) => Displays.TryGetValue(noun, out var display) ? display : noun.Replace('_', ' ');

    private static string Article(string display) => ("aeiou".Contains(char.ToLowerInvariant(display[0])) || display.StartsWith("IP", StringComparison.Ordinal) ? "an " : "a ") + display;

    private static readonly IReadOnlyDictionary<string, string> Displays = typeof(ActivityFeed).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<ResourceAttribute>() is { } a ? ResourceInfo.Of(t) : null).OfType<ResourceInfo>()
        .GroupBy(r => r.Noun).ToDictionary(g => g.Key, g => g.First().Display, StringComparer.Ordinal);
}

/// <summary>The activity indexes: the newest activity of one organisation, and of all of them (see <see cref="ActivityFeed.Filter"/>).</summary>
internal sealed class ActivityIndexConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.HasIndex(x => new { x.OrgId, x.Id }, "ix_audit_events_activity_org").HasDatabaseName("ix_audit_events_activity_org").HasFilter(ActivityFeed.Filter);
        b.HasIndex(x => x.Id, "ix_audit_events_activity").HasDatabaseName("ix_audit_events_activity").HasFilter(ActivityFeed.Filter);
    }
}

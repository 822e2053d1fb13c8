using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClientStor.Api.Platform.Auditing;

/// <summary>Leaves a property out of audit records (values that are not secrets but say nothing to a reader).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>
/// Saves a change to a resource (an entity with <see cref="ResourceAttribute"/>) together with its one audit row, in one
/// transaction. Every resource gets the same record: action <c>&lt;noun&gt;.created|updated|deleted</c>, the entity as
/// target, and details <c>{ name, source, changed, before, after }</c> read from the change tracker — created: every
/// audited property after; updated: the changed ones before and after; deleted: every one before. Keys, bookkeeping
/// columns and anything that looks like a secret or hash are never recorded.
/// </summary>
public sealed partial class AuditedChanges(ClientStorDbContext db, AuditLog audit, IHttpContextAccessor http)
{
    /// <summary>
    /// A plain DELETE in one call: the entity in the organisation (404 otherwise), the request's <c>If-Match</c> (412 when
    /// stale), removed and saved with its <c>.deleted</c> row.
    /// </summary>
    public async Task<T> DeleteInOrgAsync<T>(IQueryable<T> query, Guid orgId, Guid id, CancellationToken ct) where T : class, IOrgEntity, IVersioned
    {
        var entity = await query.FindInOrgAsync(orgId, id, ct);
        Http.ETags.CheckIfMatch(http.HttpContext!, entity);
        await DeletedAsync(entity, ct);
        return entity;
    }

    /// <summary>Adds the entity (if not yet tracked) and saves it with its <c>.created</c> row.</summary>
    public Task CreatedAsync<T>(T entity, CancellationToken ct, string? source = null, object? details = null, Guid? orgId = null) where T : class =>
        audit.SaveAsync(StageCreated(entity, source, details, orgId), ct);

    /// <summary>
    /// Saves the entity's changes with its <c>.updated</c> row (or <paramref name="action"/>), stamping <c>UpdatedAt</c>.
    /// When none of its audited properties changed nothing is written and false is returned, unless <paramref name="always"/>
    /// says something else about it changed (a child row, a secret). A stale row version fails the save with 412.
    /// </summary>
    public async Task<bool> UpdatedAsync<T>(T entity, CancellationToken ct, string? source = null, object? details = null,
        string? action = null, Guid? orgId = null, bool always = false) where T : class
    {
        if (StageUpdated(entity, source, details, action, orgId, always) is not { } row)
            return false;
        await audit.SaveAsync(row, ct);
        return true;
    }

    /// <summary>Removes the entity and saves the removal with its <c>.deleted</c> row.</summary>
    public Task DeletedAsync<T>(T entity, CancellationToken ct, object? details = null, Guid? orgId = null) where T : class =>
        audit.SaveAsync(StageDeleted(entity, details, orgId), ct);

    /// <summary>Saves pending changes with one row of another verb about the entity (<c>asset.related</c>, <c>rack.asset_placed</c>).</summary>
    public Task RecordAsync<T>(T entity, string verb, CancellationToken ct, object? details = null, Guid? orgId = null) where T : class =>
        audit.SaveAsync(Row(db.Entry(entity), verb, null, orgId, new JsonObject(), details), ct);

    /// <summary>Saves everything staged (many resources at once, as an import does) with their rows, in one transaction.</summary>
    public Task SaveAsync(IReadOnlyList<AuditEntry> rows, CancellationToken ct) => audit.SaveAsync(rows, ct);

    /// <summary>Adds the entity (if not yet tracked) and returns its <c>.created</c> row, saving nothing yet.</summary>
    public AuditEntry StageCreated<T>(T entity, string? source = null, object? details = null, Guid? orgId = null) where T : class
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Detached)
            db.Add(entity);
        return Row(entry, "created", source, orgId, new JsonObject { ["after"] = Values(entry, Audited(entry.Metadata), original: false) }, details);
    }

    /// <summary>
    /// The entity's <c>.updated</c> row with <c>UpdatedAt</c> stamped, saving nothing yet; null when none of its audited
    /// properties changed (unless <paramref name="always"/>).
    /// </summary>
    public AuditEntry? StageUpdated<T>(T entity, string? source = null, object? details = null, string? action = null, Guid? orgId = null,
        bool always = false) where T : class
    {
        db.ChangeTracker.DetectChanges();
        var entry = db.Entry(entity);
        var changed = Audited(entry.Metadata).Where(p => entry.Property(p.Name).IsModified).ToList();
        if (changed.Count == 0 && !always)
            return null;
        if (entry.Metadata.FindProperty("UpdatedAt") is { ClrType: var t } && t == typeof(DateTimeOffset))
        {
            entry.Property("UpdatedAt").CurrentValue = DateTimeOffset.UtcNow;
            // A change elsewhere (a child row, a secret) still bumps this row's version, so its etag changes with it.
            entry.Property("UpdatedAt").IsModified = true;
        }
        var body = new JsonObject
        {
            ["changed"] = new JsonArray(changed.Select(p => (JsonNode)JsonValue.Create(Camel(p.Name))).ToArray()),
            ["before"] = Values(entry, changed, original: true),
            ["after"] = Values(entry, changed, original: false),
        };
        return Row(entry, action ?? "updated", source, orgId, body, details);
    }

    /// <summary>Whether the entity has changed properties the audit would record.</summary>
    public bool HasChanges<T>(T entity) where T : class
    {
        db.ChangeTracker.DetectChanges();
        var entry = db.Entry(entity);
        return entry.State == EntityState.Added || Audited(entry.Metadata).Any(p => entry.Property(p.Name).IsModified);
    }

    /// <summary>Removes the entity and returns its <c>.deleted</c> row, saving nothing yet.</summary>
    public AuditEntry StageDeleted<T>(T entity, object? details = null, Guid? orgId = null) where T : class
    {
        var entry = db.Entry(entity);
        var before = Values(entry, Audited(entry.Metadata), original: true);
        db.Remove(entity);
        return Row(entry, "deleted", null, orgId, new JsonObject { ["before"] = before }, details);
    }

    private static AuditEntry Row(EntityEntry entry, string verb, string? source, Guid? orgId, JsonObject body, object? details)
    {
        var resource = ResourceInfo.Of(entry.Metadata.ClrType);
        var result = new JsonObject();
        if (entry.Metadata.FindProperty("Name") is { } name && entry.Property(name.Name).CurrentValue is string n)
            result["name"] = n;
        if (source is not null)
            result["source"] = source;
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            result[key] = value;
        }
        if (details is not null && JsonSerializer.SerializeToNode(details, Json) is JsonObject extra)
            foreach (var (key, value) in extra.ToList())
            {
                extra.Remove(key);
                result[key] = value;
            }
        return new AuditEntry(resource.AuditCategory, $"{resource.Noun}.{verb}")
        {
            OrgId = orgId ?? (entry.Metadata.FindProperty("OrgId") is { } org ? entry.Property(org.Name).CurrentValue as Guid? : null),
            TargetType = resource.Noun,
            TargetId = TargetId(entry),
            Details = result,
        };
    }

    private static string TargetId(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        var id = key.FirstOrDefault(p => p.Name == "Id") ?? key[^1];
        return Convert.ToString(entry.Property(id.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static JsonObject Values(EntityEntry entry, IEnumerable<IProperty> properties, bool original)
    {
        var result = new JsonObject();
        foreach (var p in properties)
        {
            var property = entry.Property(p.Name);
            result[Camel(p.Name)] = ToJson(original && entry.State != EntityState.Added ? property.OriginalValue : property.CurrentValue);
        }
        return result;
    }

    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<IProperty>> AuditedProperties = new();

    /// <summary>The properties an audit record shows, in declaration order.</summary>
    internal static IReadOnlyList<IProperty> Audited(IEntityType type) => AuditedProperties.GetOrAdd(type, t =>
    {
        var clr = t.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        return t.GetProperties()
            .Where(p => !p.IsShadowProperty() && !p.IsKey() && !p.IsConcurrencyToken && !Bookkeeping.Contains(p.Name)
                        && p.ClrType != typeof(byte[]) && !Sensitive().IsMatch(p.Name)
                        && p.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is null)
            .OrderBy(p => clr.IndexOf(p.Name))
            .ToList();
    });

    private static readonly HashSet<string> Bookkeeping = ["OrgId", "Version", "CreatedAt", "UpdatedAt", "CreatedById", "UpdatedById"];

    /// <summary>Names that hold secrets or their derivatives: never in an audit record, whatever the entity.</summary>
    [GeneratedRegex("(?i)(hash|secret|cipher|password|salt|nonce|seed|token)")]
    internal static partial Regex Sensitive();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonDocument d => JsonNode.Parse(d.RootElement.GetRawText()),
        IPAddress ip => JsonValue.Create(ip.ToString()),
        Enum e => JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(e.ToString())),
        IPNetwork network => JsonValue.Create(network.ToString()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Json),
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

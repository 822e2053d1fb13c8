using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;
using Npgsql;
using Xunit.Abstractions;

namespace ClientStor.Api.Tests.Contract;

/// <summary>
/// Contract rules every write operation of the OpenAPI document keeps — enumerated from the document the API serves, so
/// an operation added later is covered without anyone remembering to: a stale <c>If-Match</c> is refused with 412 on every
/// PATCH and DELETE, every write records exactly one audit row naming its target, and every id in a request body must
/// name an object of the request's organisation.
/// </summary>
public sealed class ContractSuiteTests(ApiHost api, ITestOutputHelper output) : IClassFixture<ApiHost>
{
    private const string StaleEtag = "\"1\"";

    [Fact]
    public async Task Every_patch_and_delete_refuses_a_stale_if_match_and_changes_nothing()
    {
        var (_, operations) = await ApiOperation.LoadAsync(api);
        var writes = operations.Where(o => o.Method is "PATCH" or "DELETE").ToList();
        writes.Count.ShouldBeGreaterThan(15);
        using var admin = await api.AdminAsync();
        var world = await ResourceWorld.CreateAsync(api, admin, "If-Match " + Guid.NewGuid().ToString("N")[..6]);
        var me = await MeContext.CreateAsync(api);
        var platformKey = await PlatformKeyAsync(admin, world);
        var failures = new List<string>();
        foreach (var op in writes)
        {
            var sample = Sample(op, failures);
            if (sample is null)
                continue;
            var client = sample.Caller == Caller.Me ? me.Client : admin;
            var path = Fill(op, sample, world, me, platformKey);
            var body = sample.BodyAsync is { } make ? await make(new ContractContext(api, world, me.Client, me.Email, admin)) : sample.Body(world);
            var response = await client.SendAsync(HttpRequests.Make(op.Method, path, body, StaleEtag));
            if (response.StatusCode != HttpStatusCode.PreconditionFailed)
                failures.Add($"{op}: a stale If-Match answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}, expected 412");
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{op}: the 412 is not problem+json");
        }
        output.WriteLine($"{writes.Count} PATCH/DELETE operations: {string.Join(", ", writes)}");
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_write_records_exactly_one_audit_row_naming_its_target()
    {
        var (_, operations) = await ApiOperation.LoadAsync(api);
        var writes = operations.Where(o => o.IsWrite && !o.Path.StartsWith("/api/v1/auth/", StringComparison.Ordinal)).ToList();
        using var admin = await api.AdminAsync();
        var shared = await ResourceWorld.CreateAsync(api, admin, "Audit " + Guid.NewGuid().ToString("N")[..6]);
        var failures = new List<string>();
        var fresh = System.Diagnostics.Stopwatch.StartNew();
        foreach (var op in writes)
        {
            var sample = Sample(op, failures);
            if (sample is null || !sample.Mutates)
                continue;
            // The run can outlast the 5-minute re-authentication window on a busy machine: confirm the password again.
            if (fresh.Elapsed > TimeSpan.FromMinutes(3))
            {
                (await admin.PostAsJsonAsync("/api/v1/auth/reauth", new { password = ApiHost.AdminPassword })).EnsureSuccessStatusCode();
                fresh.Restart();
            }
            // A delete gets a world of its own, so it never takes away what a later operation needs.
            var world = op.Method == "DELETE" ? await ResourceWorld.CreateAsync(api, admin, $"Audit {op.OperationId} {Guid.NewGuid().ToString("N")[..6]}") : shared;
            if (op.OperationId == "DeleteOrg")
                (await admin.PatchAsJsonAsync($"/api/v1/orgs/{world.OrgId}", new { status = "archived" })).EnsureSuccessStatusCode();
            var me = await MeContext.CreateAsync(api);
            var platformKey = await PlatformKeyAsync(admin, world);
            var client = sample.Caller == Caller.Me ? me.Client : admin;
            var path = Fill(op, sample, world, me, platformKey);
            var body = sample.BodyAsync is { } make ? await make(new ContractContext(api, world, me.Client, me.Email, admin)) : sample.Body(world);
            var before = await LastAuditIdAsync();
            var request = HttpRequests.Make(op.Method, path, body);
            if (sample.RawBody is { } raw)
                request.Content = new StringContent(raw(world), Encoding.UTF8, sample.ContentType!);
            var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{op}: the sample call answered {(int)response.StatusCode} {text}");
                continue;
            }
            var rows = await AuditRowsAfterAsync(before);
            if (rows.Count != sample.AuditRows)
                failures.Add($"{op}: {rows.Count} audit rows ({string.Join(", ", rows.Select(r => r.Action))}), expected {sample.AuditRows}");
            // The target is an id of the path or the response (the created object), the caller for /me routes; a bulk import
            // writes a row per object it created or changed (and a summary), which the response does not list one by one.
            // A sub-resource addressed by its parent and a number (a patch port) names the parent's id in the row's details.
            var named = path.Split('/').Concat(Ids(text)).Append(me.UserId.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var pathIds = path.Split('/').Where(p => Guid.TryParse(p, out _) && p != world.OrgId.ToString()).ToList();
            bool Names(AuditRow r) => r.TargetId is not null && (named.Contains(r.TargetId) || pathIds.Any(id => r.Details?.Contains(id, StringComparison.OrdinalIgnoreCase) == true));
            foreach (var row in rows.Where(r => r.TargetType is null || (sample.AuditRows == 1 && !Names(r))))
                failures.Add($"{op}: audit row {row.Action} names target {row.TargetType ?? "(none)"}:{row.TargetId ?? "(none)"}, not one of the request's or response's ids");
            me.Client.Dispose();
        }
        output.WriteLine($"{writes.Count} write operations checked");
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_id_in_a_request_body_names_its_kind_and_refuses_other_organisations_objects()
    {
        var (document, operations) = await ApiOperation.LoadAsync(api);
        using var admin = await api.AdminAsync();
        var world = await ResourceWorld.CreateAsync(api, admin, "Refs A " + Guid.NewGuid().ToString("N")[..6]);
        var other = await ResourceWorld.CreateAsync(api, admin, "Refs B " + Guid.NewGuid().ToString("N")[..6]);
        var me = await MeContext.CreateAsync(api);
        var platformKey = await PlatformKeyAsync(admin, world);
        var failures = new List<string>();
        var checkedFields = 0;
        foreach (var op in operations.Where(o => o.IsWrite))
        {
            if (BodySchema(document, op) is not { } schema || !schema.TryGetProperty("properties", out var properties))
                continue;
            foreach (var property in properties.EnumerateObject().Where(p => NamesAnObject(p.Value)))
            {
                if (!property.Value.TryGetProperty("x-references", out var kind))
                {
                    failures.Add($"{op}: body field '{property.Name}' is an id but says no kind (x-references): give it [References<T>]");
                    continue;
                }
                var noun = kind.GetString()!;
                var sample = Sample(op, failures);
                if (sample is null)
                    continue;
                var isList = property.Value.TryGetProperty("items", out _);
                // Another organisation's real object when the kind is org-scoped; otherwise an id that exists nowhere.
                foreach (var (what, id) in new[] { ("another organisation's", other.Noun.GetValueOrDefault(noun)), ("a missing", Guid.NewGuid()) })
                {
                    // Another organisation's object only means something to an operation inside an organisation.
                    if (id == Guid.Empty || what != "a missing" && (noun == "org" || !op.IsOrgScoped))
                        continue;
                    var body = await BodyAsync(sample, world, me, admin) ?? new { };
                    var node = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(body))!.AsObject();
                    node[property.Name] = isList ? new System.Text.Json.Nodes.JsonArray(id.ToString()) : id.ToString();
                    var client = sample.Caller == Caller.Me ? me.Client : admin;
                    var response = await client.SendAsync(HttpRequests.Make(op.Method, Fill(op, sample, world, me, platformKey), node));
                    var text = await response.Content.ReadAsStringAsync();
                    checkedFields++;
                    if (response.StatusCode != HttpStatusCode.BadRequest || !text.Contains($"\"{property.Name}\"", StringComparison.Ordinal))
                        failures.Add($"{op}: {property.Name} = {what} {noun} answered {(int)response.StatusCode} {text}, expected 400 naming {property.Name}");
                }
            }
        }
        output.WriteLine($"{checkedFields} foreign or missing ids sent in request bodies");
        checkedFields.ShouldBeGreaterThan(10);
        failures.ShouldBeEmpty();
    }

    private async Task<object?> BodyAsync(ContractSample sample, ResourceWorld world, MeContext me, HttpClient admin) =>
        sample.BodyAsync is { } make ? await make(new ContractContext(api, world, me.Client, me.Email, admin)) : sample.Body(world);

    private static JsonElement? BodySchema(JsonElement document, ApiOperation op)
    {
        if (!op.Operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json))
            return null;
        var schema = json.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        return schema;
    }

    /// <summary>A uuid, or a list of them: a field that names another object.</summary>
    private static bool NamesAnObject(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.GetString() == "uuid"
        || schema.TryGetProperty("items", out var items) && NamesAnObject(items);

    private static ContractSample? Sample(ApiOperation op, List<string> failures)
    {
        if (ContractSamples.ByOperation.TryGetValue(op.OperationId, out var sample))
            return sample;
        failures.Add($"{op} ({op.OperationId}) has no sample call: add one to ContractSamples.ByOperation");
        return null;
    }

    private static string Fill(ApiOperation op, ContractSample sample, ResourceWorld world, MeContext me, Guid platformKey) =>
        FillPath(op, sample, world, me, platformKey) + (sample.Query is { } query ? "?" + query : "");

    private static string FillPath(ApiOperation op, ContractSample sample, ResourceWorld world, MeContext me, Guid platformKey)
    {
        if (op.Path.StartsWith("/api/v1/me/", StringComparison.Ordinal))
            return world.Fill(op.Path.Replace("{sessionId}", me.SpareSessionId.ToString()), sample.Route?.Invoke(world));
        if (op.Path.StartsWith("/api/v1/api-keys/", StringComparison.Ordinal))
            return op.Path.Replace("{keyId}", platformKey.ToString());
        return world.Fill(op.Path, sample.Route?.Invoke(world));
    }

    private static async Task<Guid> PlatformKeyAsync(HttpClient admin, ResourceWorld world)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Contract platform key", scopes = new[] { "assets.read" }, orgIds = new[] { world.OrgId } });
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static IEnumerable<string> Ids(string json)
    {
        if (string.IsNullOrWhiteSpace(json) || json[0] is not ('{' or '['))
            return [];
        var ids = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i); break;
                case JsonValueKind.String when Guid.TryParse(e.GetString(), out _): ids.Add(e.GetString()!); break;
            }
        }
        Walk(JsonDocument.Parse(json).RootElement);
        return ids;
    }

    private sealed record AuditRow(string Action, string? TargetType, string? TargetId, string? Details);

    private async Task<long> LastAuditIdAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM audit_events", connection);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The rows written since <paramref name="after"/>, the security-event counts flushed in the background left out.</summary>
    private async Task<List<AuditRow>> AuditRowsAfterAsync(long after)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT action, target_type, target_id, details FROM audit_events WHERE id > $1 AND coalesce(target_type, '') <> 'partition' ORDER BY id", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = after });
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<AuditRow>();
        while (await reader.ReadAsync())
            rows.Add(new AuditRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        return rows;
    }

    /// <summary>A user of its own for the /me routes (their password, sessions and MFA change), with a second session to end.</summary>
    private sealed record MeContext(HttpClient Client, string Email, Guid UserId, Guid SpareSessionId)
    {
        public static async Task<MeContext> CreateAsync(ApiHost api)
        {
            var email = $"me-{Guid.NewGuid():N}@clientstor.test";
            var user = await api.CreateUserAsync(email, ContractSamples.MePassword);
            var spare = await api.SignInAsync(email, ContractSamples.MePassword);
            var client = api.ClientWith(await api.SignInAsync(email, ContractSamples.MePassword));
            return new MeContext(client, email, user.Id, Guid.Parse(TokenSet.Claim(spare.AccessToken, "sid")));
        }
    }
}

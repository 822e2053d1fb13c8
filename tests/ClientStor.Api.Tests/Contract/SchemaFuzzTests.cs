using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientStor.Tests.Shared;
using Xunit.Abstractions;

namespace ClientStor.Api.Tests.Contract;

/// <summary>
/// Schema fuzzing (issue #21): every operation of the served OpenAPI document gets generated bad input — wrong types,
/// nulls, missing fields, boundary and oversize values, odd strings (NUL, lone surrogates, RTL marks, very long),
/// malformed JSON, wrong content types, malformed ids in the path and bad query values — as a global administrator, so
/// the input reaches validation and the handler. No answer may be a 5xx, every 4xx is problem+json, and no body shows a
/// stack trace, SQL or a .NET type name. Seeded (CLIENTSTOR_FUZZ_SEED repeats a run) and bounded.
/// </summary>
public sealed class SchemaFuzzTests(ApiHost api, ITestOutputHelper output) : IClassFixture<ApiHost>
{
    private const int RequestsPerOperation = 24;

    private static readonly string[] Leaks =
    [
        "   at ", "Exception", "System.", "Microsoft.", "Npgsql", "ClientStor.Api.", "SELECT ", "INSERT ", "syntax error", "StackTrace", "FastEndpoints",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "a\u0000b", "\ud800", "\udfff x", "\u202eevil\u202c", "\u200f\u200e", "🦄💥", "Ā̴̢͎̦͉̺̎", "' OR 1=1 --", "\"; DROP TABLE assets; --",
        "../../../../etc/passwd", "%00", "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "\\", "\r\n\r\n", new string('x', 300), new string('é', 5000),
        new string('a', 70_000),
    ];

    private static readonly JsonNode?[] OddValues =
    [
        null, 0, -1, 2147483648, -9223372036854775808, 1e308, 0.5, true, false, JsonNode.Parse("[]"), JsonNode.Parse("{}"), JsonNode.Parse("[null]"),
        JsonNode.Parse("[\"x\", 1, {}]"), JsonNode.Parse("{\"a\":{\"b\":{\"c\":[1,2,3]}}}"), "00000000-0000-0000-0000-000000000000", "2026-13-45", "9999-12-31T23:59:59Z",
    ];

    private static readonly string[] BadRawBodies =
    [
        "{", "[1,2", "nul", "{\"a\":}", "{\"a\" 1}", "\"just a string\"", "[]", "12", "{\"a\":\"\\ud800\"}", "{\"a\":1e999999}", new string('[', 5000),
        "{\"a\":" + new string('[', 200) + new string(']', 200) + "}",
    ];

    private static readonly string[] BadIds = ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "1", "%2e%2e", new string('f', 300), "🦄", "123e4567-e89b-12d3-a456-42661417400Z"];

    [Fact]
    public async Task Generated_bad_input_never_gets_a_5xx_a_non_problem_4xx_or_internals()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CLIENTSTOR_FUZZ_SEED"), out var s) ? s : Environment.TickCount;
        var random = new Random(seed);
        var (document, operations) = await ApiOperation.LoadAsync(api);
        using var admin = await api.AdminAsync();
        var world = await ResourceWorld.CreateAsync(api, admin, "Fuzz " + Guid.NewGuid().ToString("N")[..6]);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var requests = 0;
        // Operations that end the caller's own session go last; signing out is not fuzzed (it only ends the session).
        foreach (var op in operations.Where(o => !o.Path.EndsWith("/auth/logout", StringComparison.Ordinal))
                     .OrderBy(o => o.Path.Contains("/sessions") || o.Path.EndsWith("/password", StringComparison.Ordinal)))
        {
            foreach (var request in Inputs(op, document, world, random).Take(RequestsPerOperation))
            {
                var description = $"{op} ← {request.Description}";
                requests++;
                try
                {
                    using var response = await admin.SendAsync(request.Message);
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                        failures.Add($"{description}: {status} {Clip(body)}");
                    else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                             && !(status == 401 && body.Length == 0))
                        failures.Add($"{description}: {status} is not problem+json ({response.Content.Headers.ContentType}) {Clip(body)}");
                    if (status >= 400 && Leaks.FirstOrDefault(l => body.Contains(l, StringComparison.Ordinal)) is { } leak)
                        failures.Add($"{description}: {status} shows '{leak}': {Clip(body)}");
                }
                catch (HttpRequestException e)
                {
                    failures.Add($"{description}: the connection failed ({e.Message})");
                }
            }
        }
        output.WriteLine($"seed {seed}: {operations.Count} operations, {requests} requests in {clock.Elapsed.TotalSeconds:F0} s");
        failures.ShouldBeEmpty($"seed {seed} (set CLIENTSTOR_FUZZ_SEED={seed} to repeat this run)");
    }

    /// <summary>
    /// The document's <c>required</c> lists are true: every operation whose request body marks required fields answers
    /// an empty object with 400 naming each of them (and a body that marks none is not refused for an absent field).
    /// </summary>
    [Fact]
    public async Task Every_required_body_field_is_refused_when_missing()
    {
        var (document, operations) = await ApiOperation.LoadAsync(api);
        using var admin = await api.AdminAsync();
        var world = await ResourceWorld.CreateAsync(api, admin, "Required " + Guid.NewGuid().ToString("N")[..6]);
        var failures = new List<string>();
        var checkedOperations = 0;
        foreach (var op in operations.Where(o => o.Method is "POST" or "PUT" or "PATCH" && !o.Path.EndsWith("/auth/logout", StringComparison.Ordinal)))
        {
            if (BodySchema(document, op) is not { } schema || !schema.TryGetProperty("required", out var required) || required.GetArrayLength() == 0)
                continue;
            checkedOperations++;
            using var response = await admin.SendAsync(Json(op.Method, world.Fill(op.Path), new JsonObject()));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{op}: {{}} answered {(int)response.StatusCode}, not 400 {Clip(body)}");
                continue;
            }
            var errors = JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var e) ? e : default;
            foreach (var field in required.EnumerateArray().Select(f => f.GetString()!))
                if (errors.ValueKind != JsonValueKind.Object || !errors.TryGetProperty(field, out _))
                    failures.Add($"{op}: '{field}' is marked required but the 400 does not name it {Clip(body)}");
        }
        output.WriteLine($"{checkedOperations} operations mark required body fields");
        checkedOperations.ShouldBeGreaterThan(25);
        failures.ShouldBeEmpty();
    }

    private sealed record Input(string Description, HttpRequestMessage Message);

    /// <summary>Bad inputs for one operation, in a seeded order: the body first, then path, then query.</summary>
    private static IEnumerable<Input> Inputs(ApiOperation op, JsonElement document, ResourceWorld world, Random random)
    {
        var path = world.Fill(op.Path);
        var inputs = new List<Input>();
        var schema = BodySchema(document, op);
        if (op.Method is "POST" or "PUT" or "PATCH")
        {
            foreach (var raw in BadRawBodies)
                inputs.Add(new Input($"raw body {Clip(raw, 30)}", Make(op.Method, path, new StringContent(raw, Encoding.UTF8, "application/json"))));
            inputs.Add(new Input("no body", Make(op.Method, path, null)));
            inputs.Add(new Input("empty body", Make(op.Method, path, new ByteArrayContent([]))));
            inputs.Add(new Input("text/plain", Make(op.Method, path, new StringContent("{}", Encoding.UTF8, "text/plain"))));
            inputs.Add(new Input("application/xml", Make(op.Method, path, new StringContent("<a/>", Encoding.UTF8, "application/xml"))));
            if (schema?.TryGetProperty("properties", out var properties) == true)
            {
                var names = properties.EnumerateObject().Select(p => p.Name).ToList();
                inputs.Add(new Input("every field null", Json(op.Method, path, new JsonObject(names.Select(n => KeyValuePair.Create(n, (JsonNode?)null))))));
                foreach (var name in names)
                {
                    var value = random.Next(3) == 0 ? OddValues[random.Next(OddValues.Length)]?.DeepClone() : JsonValue.Create(OddStrings[random.Next(OddStrings.Length)]);
                    inputs.Add(new Input($"{name} = {Clip(value?.ToJsonString() ?? "null", 40)}", Json(op.Method, path, new JsonObject { [name] = value })));
                    inputs.Add(new Input($"{name} wrong type", Json(op.Method, path, new JsonObject { [name] = WrongType(properties.GetProperty(name)) })));
                }
            }
        }
        // Malformed ids in the path, one parameter at a time.
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(op.Path, @"\{([A-Za-z]+)\}"))
        {
            var bad = BadIds[random.Next(BadIds.Length)];
            var badPath = world.Fill(op.Path, new Dictionary<string, string> { [m.Groups[1].Value] = Uri.EscapeDataString(bad) });
            inputs.Add(new Input($"path {m.Groups[1].Value} = {Clip(bad, 30)}", Make(op.Method, badPath, op.Method is "GET" or "DELETE" ? null : JsonContent("{}"))));
        }
        // Bad query values for the parameters the operation documents.
        if (op.Operation.TryGetProperty("parameters", out var parameters))
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var bad = new[] { "-1", "0", "99999999999", "abc", "%00", "🦄", "\u202e", new string('z', 3000), "!!!", "2026-99-99" }[random.Next(10)];
                inputs.Add(new Input($"query {name}={Clip(bad, 20)}", Make(op.Method, $"{path}?{name}={Uri.EscapeDataString(bad)}", op.Method is "GET" or "DELETE" ? null : JsonContent("{}"))));
            }
        // Shuffled (seeded) but the whole-body cases first, so every operation gets them within its budget.
        var head = inputs.Take(op.Method is "POST" or "PUT" or "PATCH" ? 6 : 0).ToList();
        return head.Concat(inputs.Skip(head.Count).OrderBy(_ => random.Next())).ToList();
    }

    private static JsonNode? WrongType(JsonElement schema)
    {
        var types = schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()).ToList() : [t.GetString()]
            : new List<string?>();
        if (!types.Contains("string")) return "a string where none belongs";
        if (!types.Contains("integer") && !types.Contains("number")) return 42;
        if (!types.Contains("array")) return new JsonArray(1, "two", null);
        return new JsonObject { ["unexpected"] = true };
    }

    private static HttpRequestMessage Make(string method, string path, HttpContent? content) =>
        new(new HttpMethod(method), path) { Content = content };

    private static HttpRequestMessage Json(string method, string path, JsonNode body) =>
        Make(method, path, JsonContent(body.ToJsonString()));

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    private static JsonElement? BodySchema(JsonElement document, ApiOperation op)
    {
        if (!op.Operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json))
            return null;
        var schema = json.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        return schema;
    }

    private static string Clip(string text, int max = 300) => text.Length <= max ? text : text[..max] + "…";
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Tests.Shared;
using FastEndpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClientStor.Api.Tests.Contract;

/// <summary>
/// The route × actor matrix (issue #21): every operation of the served OpenAPI document states who may call it
/// (<c>x-permission</c>, written from the endpoint's own declaration), and is called as anonymous (401), as a member
/// lacking the permission (403), as a member holding exactly it (neither), as an API key lacking the scope (403) and as one
/// holding it (neither — or 403 where <c>x-api-keys</c> says keys may not call it at all).
/// </summary>
public sealed class PermissionMatrixTests(ApiHost api, ITestOutputHelper output) : IClassFixture<ApiHost>
{
    [Fact]
    public void Every_endpoint_declares_who_may_call_it_without_exemptions()
    {
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.Metadata.GetMetadata<EndpointDefinition>()).OfType<EndpointDefinition>().Distinct().ToList();
        endpoints.Count.ShouldBeGreaterThan(100);
        endpoints.Where(d => EndpointAccess.DeclaredPermission(d) is null).Select(d => d.EndpointType.Name)
            .ShouldBeEmpty("every endpoint calls RequireOrgPermission, RequirePlatformAdmin, RequireSignedIn or AllowAnonymous");
    }

    [Fact]
    public async Task Every_operation_answers_each_kind_of_caller_as_its_declared_permission_says()
    {
        var (_, operations) = await ApiOperation.LoadAsync(api);
        operations.Where(o => o.Permission is null).Select(o => o.ToString()).ShouldBeEmpty("every operation states x-permission");
        using var admin = await api.AdminAsync();
        var world = await ResourceWorld.CreateAsync(api, admin, "Matrix " + Guid.NewGuid().ToString("N")[..6]);
        using var anonymous = api.Anonymous();
        var members = new Dictionary<string, HttpClient>();
        var keys = new Dictionary<string, HttpClient>();
        var platformUser = await PersonAsync(admin, world, null);
        var failures = new List<string>();
        var requests = 0;

        var last = "";
        async Task<HttpStatusCode> CallAsync(HttpClient client, ApiOperation op)
        {
            requests++;
            var request = HttpRequests.Make(op.Method, Path(op, world), op.Method is "POST" or "PUT" or "PATCH" ? new { } : null);
            var response = await client.SendAsync(request);
            last = await response.Content.ReadAsStringAsync();
            return response.StatusCode;
        }
        void Expect(ApiOperation op, string who, HttpStatusCode actual, params HttpStatusCode[] expected)
        {
            if (!expected.Contains(actual))
                failures.Add($"{op} [{op.Permission}] as {who}: {(int)actual} {last}, expected {string.Join(" or ", expected.Select(e => (int)e))}");
        }
        // Let in: past authentication and the permission check. A 403 of a business rule behind it (no escalation beyond
        // one's own permissions) is not a refusal of the caller's permission.
        void Allowed(ApiOperation op, string who, HttpStatusCode actual)
        {
            if (actual == HttpStatusCode.Unauthorized || actual == HttpStatusCode.Forbidden && !last.Contains("/problems/permission-escalation\"", StringComparison.Ordinal))
                failures.Add($"{op} [{op.Permission}] as {who}: {(int)actual} {last}, expected to be let in");
        }

        // Destructive operations last, so every operation finds the world (and the callers' sessions) as they were built.
        static int Order(ApiOperation o) =>
            o.Path.EndsWith("/logout", StringComparison.Ordinal) ? 3
            : o.Path.Contains("/sessions") || o.Path.EndsWith("/password", StringComparison.Ordinal) ? 2
            : o.Method == "DELETE" ? 1 : 0;
        foreach (var op in operations.OrderBy(Order))
        {
            var permission = op.Permission!;
            if (permission == EndpointAccess.Anonymous)
                continue;
            Expect(op, "anonymous", await CallAsync(anonymous, op), HttpStatusCode.Unauthorized);
            if (permission == EndpointAccess.PlatformAdmin)
            {
                Expect(op, "a signed-in non-admin", await CallAsync(platformUser, op), HttpStatusCode.Forbidden);
                Allowed(op, "a global administrator", await CallAsync(admin, op));
                Expect(op, "an API key", await CallAsync(await KeyAsync(admin, world, keys, "org.read"), op), HttpStatusCode.Forbidden);
                continue;
            }
            if (permission == EndpointAccess.SignedIn)
            {
                Allowed(op, "a signed-in user", await CallAsync(platformUser, op));
                var key = await CallAsync(await KeyAsync(admin, world, keys, "org.read"), op);
                if (op.ApiKeys) Allowed(op, "an API key", key);
                else Expect(op, "an API key", key, HttpStatusCode.Forbidden);
                continue;
            }
            var needed = permission.Split(' ');
            var other = needed.Contains("org.read") ? "billing.read" : "org.read";
            Expect(op, $"a member with only {other}", await CallAsync(await MemberAsync(admin, world, members, other), op), HttpStatusCode.Forbidden);
            Allowed(op, $"a member with exactly {permission}", await CallAsync(await MemberAsync(admin, world, members, permission), op));
            // A key holds only scopes a key can hold (billing.read belongs to a module not built yet).
            var otherScope = new[] { "org.read", "audit.export" }.First(s => !needed.Contains(s));
            Expect(op, $"an API key with only {otherScope}", await CallAsync(await KeyAsync(admin, world, keys, otherScope), op), HttpStatusCode.Forbidden);
            if (needed.Any(p => !PermissionCatalog.KeyScopes.Contains(p)))
                continue; // vault.reveal, members.manage, roles.manage can never be granted to a key
            var holding = await CallAsync(await KeyAsync(admin, world, keys, permission), op);
            if (op.ApiKeys) Allowed(op, $"an API key with exactly {permission}", holding);
            else Expect(op, $"an API key with {permission}", holding, HttpStatusCode.Forbidden);
        }
        output.WriteLine($"{operations.Count} operations, {requests} requests, {members.Count} roles, {keys.Count} keys");
        failures.ShouldBeEmpty();
    }

    private static string Path(ApiOperation op, ResourceWorld world) =>
        // Callers other than the world's own member: /me session routes get an id that is not theirs (404 is "let in").
        world.Fill(op.Path, op.Path.StartsWith("/api/v1/me/", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["sessionId"] = Guid.NewGuid().ToString() } : null);

    /// <summary>A member of the world's organisation whose one custom role holds exactly <paramref name="permissions"/>.</summary>
    private async Task<HttpClient> MemberAsync(HttpClient admin, ResourceWorld world, Dictionary<string, HttpClient> cache, string permissions)
    {
        if (cache.TryGetValue(permissions, out var cached))
            return cached;
        return cache[permissions] = await PersonAsync(admin, world, permissions);
    }

    private async Task<HttpClient> PersonAsync(HttpClient admin, ResourceWorld world, string? permissions)
    {
        var email = $"matrix-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, "matrix member passphrase");
        if (permissions is not null)
        {
            var role = await OrgWorld.CustomRoleAsync(admin, world.OrgId, "Only " + permissions, permissions.Split(' '));
            (await admin.PostAsJsonAsync($"/api/v1/orgs/{world.OrgId}/members", new { email, roleIds = new[] { role } })).EnsureSuccessStatusCode();
        }
        return api.ClientWith(await api.SignInAsync(email, "matrix member passphrase"));
    }

    /// <summary>An API key of the world's organisation holding exactly <paramref name="scopes"/>.</summary>
    private async Task<HttpClient> KeyAsync(HttpClient admin, ResourceWorld world, Dictionary<string, HttpClient> cache, string scopes)
    {
        if (cache.TryGetValue(scopes, out var cached))
            return cached;
        var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{world.OrgId}/api-keys", new { name = "Matrix " + scopes, scopes = scopes.Split(' ') });
        var key = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        created.IsSuccessStatusCode.ShouldBeTrue(key.ToString());
        using var anonymous = api.Anonymous();
        var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.GetProperty("clientId").GetString()!,
            ["client_secret"] = key.GetProperty("clientSecret").GetString()!, ["scope"] = scopes,
        }));
        var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        token.IsSuccessStatusCode.ShouldBeTrue(body.ToString());
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return cache[scopes] = client;
    }
}

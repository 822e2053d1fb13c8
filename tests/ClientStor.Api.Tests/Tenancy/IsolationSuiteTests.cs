using System.Net;
using System.Text;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Tests.Shared;
using FastEndpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClientStor.Api.Tests.Tenancy;

/// <summary>
/// Every org-scoped route registered in the app — enumerated from the endpoint table, not a hand-written
/// list — must declare a permission and must answer: 404 to a member of org A using org B's ids, 403 to a
/// member lacking the permission, 401 without a token. A route added later is covered automatically.
/// </summary>
public sealed class IsolationSuiteTests(ApiHost api, ITestOutputHelper output) : IClassFixture<ApiHost>
{
    private sealed record OrgRoute(string Method, string Pattern, string? Permission, string Name);

    private List<OrgRoute> OrgRoutes() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name.Equals("orgId", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
            {
                var definition = e.Metadata.GetMetadata<EndpointDefinition>();
                var permission = definition?.PreBuiltUserPolicies?.FirstOrDefault(p => p.StartsWith(OrgPolicies.Prefix, StringComparison.Ordinal))?[OrgPolicies.Prefix.Length..];
                return new OrgRoute(method, e.RoutePattern.RawText!, permission, e.DisplayName ?? "");
            }))
            .ToList();

    private static string Fill(string pattern, Guid orgId, Func<string, string> other) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([A-Za-z]+)(:[^}]*)?\}", m =>
            m.Groups[1].Value.Equals("orgId", StringComparison.OrdinalIgnoreCase) ? orgId.ToString() : other(m.Groups[1].Value));

    private static HttpRequestMessage Request(OrgRoute route, string path) =>
        new(new HttpMethod(route.Method), path)
        {
            Content = route.Method is "POST" or "PATCH" or "PUT" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
        };

    [Fact]
    public async Task Every_org_scoped_route_declares_a_permission_and_keeps_organisations_apart()
    {
        var routes = OrgRoutes();
        routes.Count.ShouldBeGreaterThan(10, "the endpoint table should list the org-scoped routes");
        routes.Where(r => r.Permission is null).Select(r => $"{r.Method} {r.Pattern}").ShouldBeEmpty("every org-scoped route must declare its permission");

        var world = await OrgWorld.CreateAsync(api, "iso");
        using var adminClient = await api.AdminAsync();
        var (owner, _) = await OrgWorld.MemberAsync(api, world.OrgA, "owner-a@clientstor.test", world.RolesA["Owner"]);
        var readerRole = await OrgWorld.CustomRoleAsync(adminClient, world.OrgA, "Reader only", "org.read");
        var billerRole = await OrgWorld.CustomRoleAsync(adminClient, world.OrgA, "Billing only", "billing.read");
        var (reader, _) = await OrgWorld.MemberAsync(api, world.OrgA, "reader-a@clientstor.test", readerRole);
        var (biller, _) = await OrgWorld.MemberAsync(api, world.OrgA, "biller-a@clientstor.test", billerRole);
        // Org B holds a real object of every kind, and A is probed with B's real ids (and, second, with ids that exist nowhere).
        var inB = await ResourceWorld.CreateAsync(api, adminClient, "Iso B world " + Guid.NewGuid().ToString("N")[..6]);
        using var anonymous = api.Anonymous();
        string IdOfB(string name) => inB.Route.TryGetValue(name, out var id) ? id
            : throw new KeyNotFoundException($"ResourceWorld has no object for route parameter '{name}': add one, so isolation is probed with a real id.");

        var failures = new List<string>();
        foreach (var route in routes)
        {
            // (a) a member of A (Owner: every permission) with B's ids sees nothing.
            var cross = await owner.SendAsync(Request(route, Fill(route.Pattern, inB.OrgId, IdOfB)));
            if (cross.StatusCode != HttpStatusCode.NotFound)
                failures.Add($"{route.Method} {route.Pattern}: org B's id answered {(int)cross.StatusCode}, expected 404");
            var crossBody = await cross.Content.ReadAsStringAsync();
            if (crossBody.Contains(inB.OrgId.ToString(), StringComparison.OrdinalIgnoreCase) && !crossBody.Contains("traceId"))
                failures.Add($"{route.Method} {route.Pattern}: org B's data leaked");

            // (a') A's own id with B's resource ids must not reach B's resources either.
            if (route.Pattern.Count(c => c == '{') > 1)
            {
                var mixed = await owner.SendAsync(Request(route, Fill(route.Pattern, world.OrgA, IdOfB)));
                var random = await owner.SendAsync(Request(route, Fill(route.Pattern, world.OrgA, n => n == "number" ? "1" : Guid.CreateVersion7().ToString())));
                if (random.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
                    failures.Add($"{route.Method} {route.Pattern}: org A's id with ids that exist nowhere answered {(int)random.StatusCode}");
                if (mixed.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
                    failures.Add($"{route.Method} {route.Pattern}: org A's id with org B's resource ids answered {(int)mixed.StatusCode}");
            }

            // (b) a member of A without the permission is refused, and told which permission is missing.
            var lacking = route.Permission == "billing.read" ? reader : biller;
            var denied = await lacking.SendAsync(Request(route, Fill(route.Pattern, world.OrgA, _ => Guid.CreateVersion7().ToString())));
            if (denied.StatusCode != HttpStatusCode.Forbidden)
                failures.Add($"{route.Method} {route.Pattern}: member without {route.Permission} answered {(int)denied.StatusCode}, expected 403");
            else if (!(await denied.Content.ReadAsStringAsync()).Contains(route.Permission!))
                failures.Add($"{route.Method} {route.Pattern}: the 403 does not name {route.Permission}");

            // (c) no token: 401.
            var none = await anonymous.SendAsync(Request(route, Fill(route.Pattern, world.OrgA, _ => Guid.CreateVersion7().ToString())));
            if (none.StatusCode != HttpStatusCode.Unauthorized)
                failures.Add($"{route.Method} {route.Pattern}: no token answered {(int)none.StatusCode}, expected 401");
        }
        output.WriteLine($"{routes.Count} org-scoped routes checked: {string.Join(", ", routes.Select(r => $"{r.Method} {r.Pattern} [{r.Permission}]"))}");
        failures.ShouldBeEmpty();
    }
}

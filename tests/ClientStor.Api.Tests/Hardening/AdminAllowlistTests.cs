using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Security;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>The platform's admin IP allowlist (its own host: the setting is platform-wide).</summary>
public sealed class AdminAllowlistTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<HttpResponseMessage> From(HttpClient client, string address, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", address);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_allowlist_guards_administration_for_sessions_that_already_exist_and_the_cli_can_clear_it()
    {
        // Signed in (from 127.0.0.1) before any allowlist exists.
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Allowlist " + Guid.NewGuid().ToString("N")[..6]);

        // Lock-out protection: a list without the caller's own address is refused.
        var lockout = await admin.PatchAsJsonAsync("/api/v1/settings/security", new { adminAllowedIps = new[] { "203.0.113.0/24" } });
        lockout.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(lockout)).GetProperty("errors").GetProperty("adminAllowedIps")[0].GetString()!.ShouldContain("127.0.0.1");
        var malformed = await admin.PatchAsJsonAsync("/api/v1/settings/security", new { adminAllowedIps = new[] { "127.0.0.1", "10.0.0.1/8" } });
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(malformed)).GetProperty("errors").GetProperty("adminAllowedIps[1]")[0].GetString()!.ShouldContain("10.0.0.1/8");

        var saved = await admin.PatchAsJsonAsync("/api/v1/settings/security", new { adminAllowedIps = new[] { "127.0.0.1", "203.0.113.0/24" } });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var settings = await Json(saved);
        settings.GetProperty("adminAllowedIps").EnumerateArray().Select(e => e.GetString()).ShouldBe(["127.0.0.1/32", "203.0.113.0/24"]);
        settings.GetProperty("yourAddress").GetString().ShouldBe("127.0.0.1");

        // The same token from an address outside the list: administration refused, everyday work still allowed.
        const string elsewhere = "198.51.100.23";
        var users = await From(admin, elsewhere, HttpMethod.Get, "/api/v1/users");
        users.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(users)).GetProperty("type").GetString()!.ShouldEndWith("/admin-ip-not-allowed");
        (await From(admin, elsewhere, HttpMethod.Get, "/api/v1/settings/security")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await From(admin, elsewhere, HttpMethod.Post, $"/api/v1/orgs/{org}/roles", new { name = "Auditor", permissions = new[] { "org.read" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await From(admin, elsewhere, HttpMethod.Get, $"/api/v1/orgs/{org}/api-keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await From(admin, elsewhere, HttpMethod.Get, $"/api/v1/orgs/{org}/assets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await From(admin, elsewhere, HttpMethod.Get, "/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // From inside the listed network it works.
        (await From(admin, "203.0.113.77", HttpMethod.Get, "/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await From(admin, "203.0.113.77", HttpMethod.Post, $"/api/v1/orgs/{org}/roles", new { name = "Auditor", permissions = new[] { "org.read" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // Refusals are security events, aggregated per address.
        await api.Services.GetRequiredService<SecurityEvents>().FlushAsync(CancellationToken.None);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            var denied = await db.AuditEvents.Where(e => e.Action == SecurityEventKinds.AdminIpDenied).ToListAsync();
            denied.Count.ShouldBe(1);
            denied[0].Category.ShouldBe("security");
            denied[0].Ip.ShouldBe(elsewhere);
            JsonDocument.Parse(denied[0].Details!).RootElement.GetProperty("hits").GetInt32().ShouldBe(4);
        }

        // An operator locked out uses the command line.
        var cleared = await CliProcess.RunAsync(api.ConnectionString, api.MasterKey, "settings", "clear-admin-allowlist");
        cleared.Code.ShouldBe(0, cleared.Err);
        cleared.Out.ShouldContain("removed 2 network(s)");
        (await From(admin, elsewhere, HttpMethod.Get, "/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CliProcess.RunAsync(api.ConnectionString, api.MasterKey, "settings", "clear-admin-allowlist")).Out.ShouldContain("nothing changed");
        await using (var scope = api.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents
                .CountAsync(e => e.Action == "settings.admin_allowlist_cleared" && e.ActorType == "cli")).ShouldBe(1);
    }

    [Fact]
    public async Task Changing_settings_with_a_stale_etag_is_412()
    {
        using var admin = await api.AdminAsync();
        var before = await AuditIdAsync();
        var read = await admin.GetAsync("/api/v1/settings/security");
        var etag = (await Json(read)).GetProperty("etag").GetString()!;
        read.Headers.ETag!.ToString().ShouldBe(etag);

        var saved = await PatchAsync(admin, etag, new { adminAllowedIps = new[] { "127.0.0.0/8" } });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var current = (await Json(saved)).GetProperty("etag").GetString()!;
        current.ShouldNotBe(etag);

        var stale = await PatchAsync(admin, etag, new { adminAllowedIps = Array.Empty<string>() });
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Json(await admin.GetAsync("/api/v1/settings/security"))).GetProperty("adminAllowedIps").GetArrayLength().ShouldBe(1);
        (await PatchAsync(admin, current, new { adminAllowedIps = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents
            .Where(e => e.Action == "settings.updated" && e.Id > before).OrderBy(e => e.Id).ToListAsync();
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.TargetType == "settings" && r.TargetId == "security" && r.Category == "admin");
        JsonDocument.Parse(rows[0].Details!).RootElement.GetProperty("after").GetProperty("adminAllowedIps")[0].GetString().ShouldBe("127.0.0.0/8");

        async Task<long> AuditIdAsync()
        {
            await using var s = api.Services.CreateAsyncScope();
            return await s.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.MaxAsync(e => (long?)e.Id) ?? 0;
        }

        static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string ifMatch, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/settings/security") { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(ifMatch));
            return await client.SendAsync(request);
        }
    }
}

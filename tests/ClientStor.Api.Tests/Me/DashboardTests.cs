using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;
using static ClientStor.Tests.Shared.ApiCalls;

namespace ClientStor.Api.Tests.Me;

/// <summary>
/// The home dashboard (<c>GET /api/v1/me/dashboard</c>): favourites, recent items, warranties ending soon across clients,
/// recent activity in plain language and counts per top client — each only from organisations where the caller may read it.
/// </summary>
public sealed class DashboardTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Shows_what_the_person_may_read_across_their_clients_and_nothing_else()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var world = await OrgWorld.CreateAsync(api, "dash " + token);
        var hidden = await OrgWorld.CreateOrgAsync(admin, "Hidden " + token);
        var techA = world.RolesA["Technician"];
        var auditorB = await OrgWorld.CustomRoleAsync(admin, world.OrgB, "Auditor " + token, "org.read", "audit.read");
        var (me, userId) = await OrgWorld.MemberAsync(api, world.OrgA, $"dash-{token}@clientstor.test", techA);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{world.OrgB}/members", new { email = $"dash-{token}@clientstor.test", roleIds = new[] { auditorB } })).EnsureSuccessStatusCode();
        (await admin.PatchAsJsonAsync($"/api/v1/users/{userId}", new { displayName = "Bob Builder" })).EnsureSuccessStatusCode();
        using (me)
        {
            var a1 = await PostAsync(me, $"/api/v1/orgs/{world.OrgA}/assets", new { type = "server", name = "A-FS01", warrantyExpires = Day(20) });
            await PostAsync(me, $"/api/v1/orgs/{world.OrgA}/vault/credentials", new { name = "A admin", password = "pw-" + token });
            await PostAsync(admin, $"/api/v1/orgs/{world.OrgB}/assets", new { type = "server", name = "B-FS01", warrantyExpires = Day(5) });
            await PostAsync(admin, $"/api/v1/orgs/{hidden}/assets", new { type = "server", name = "Hidden-FS", warrantyExpires = Day(1) });
            (await me.PutAsJsonAsync($"/api/v1/me/favourites/org/{world.OrgA}", new { })).EnsureSuccessStatusCode();
            (await me.PostAsync($"/api/v1/me/recents/asset/{a1}", null)).EnsureSuccessStatusCode();

            var raw = await (await me.GetAsync("/api/v1/me/dashboard")).Content.ReadAsStringAsync();
            raw.ShouldNotContain("pw-" + token);
            var dashboard = JsonDocument.Parse(raw).RootElement;
            dashboard.GetProperty("favourites").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ShouldBe([world.OrgA]);
            dashboard.GetProperty("recents").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ShouldBe([a1]);

            // Warranties: only A (assets.read there); B's and the hidden organisation's stay out.
            var warranties = dashboard.GetProperty("expiringWarranties");
            warranties.GetProperty("items").EnumerateArray().Select(w => (w.GetProperty("assetId").GetGuid(), w.GetProperty("orgName").GetString()))
                .ShouldBe([(a1, $"Org A dash {token}")]);

            // Activity: only B (audit.read there), in plain language; A's changes (no audit.read) stay out.
            var activity = dashboard.GetProperty("recentActivity").EnumerateArray().ToList();
            activity.ShouldNotBeEmpty();
            activity.ShouldAllBe(a => a.GetProperty("orgId").GetGuid() == world.OrgB);
            activity.Select(a => a.GetProperty("text").GetString()).ShouldContain(t => t!.EndsWith("created asset B-FS01", StringComparison.Ordinal));

            // Top clients: the favourite organisation first, then the others the person sees; counts only where readable.
            var clients = dashboard.GetProperty("clients").EnumerateArray().ToList();
            clients.Select(c => c.GetProperty("orgId").GetGuid()).ShouldBe([world.OrgA, world.OrgB]);
            (clients[0].GetProperty("favourite").GetBoolean(), clients[0].GetProperty("assets").GetInt32(), clients[0].GetProperty("credentials").GetInt32()).ShouldBe((true, 1, 1));
            (clients[1].GetProperty("favourite").GetBoolean(), clients[1].GetProperty("assets").ValueKind, clients[1].GetProperty("credentials").ValueKind)
                .ShouldBe((false, JsonValueKind.Null, JsonValueKind.Null));

            // Withdrawn audit.read in B: the activity goes with it on the next request.
            (await admin.DeleteAsync($"/api/v1/orgs/{world.OrgB}/members/{userId}")).EnsureSuccessStatusCode();
            (await Json(await me.GetAsync("/api/v1/me/dashboard"))).GetProperty("recentActivity").GetArrayLength().ShouldBe(0);
        }

        // A global administrator sees every organisation: the hidden one's warranty (soonest) first, and its activity.
        var all = await Json(await admin.GetAsync("/api/v1/me/dashboard?warrantyDays=30"));
        all.GetProperty("expiringWarranties").GetProperty("items")[0].GetProperty("name").GetString().ShouldBe("Hidden-FS");
        all.GetProperty("expiringWarranties").GetProperty("days").GetInt32().ShouldBe(30);
        all.GetProperty("recentActivity").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ShouldContain(t => t!.EndsWith("created asset Hidden-FS", StringComparison.Ordinal));
        all.GetProperty("clients").GetArrayLength().ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("warrantyDays=0")]
    [InlineData("warrantyDays=366")]
    [InlineData("warrantyDays=soon")]
    public async Task Refuses_a_bad_warranty_window_with_a_field_error(string query)
    {
        using var admin = await api.AdminAsync();
        var response = await admin.GetAsync("/api/v1/me/dashboard?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("warrantyDays", out _).ShouldBeTrue();
    }
}

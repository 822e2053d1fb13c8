using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Teams;

/// <summary>
/// Access at MSP scale: a team holds roles in one organisation or in every organisation (ones created later included);
/// its members' permissions are the union of their memberships and the team's grants, read from current data on every
/// request, so a withdrawn grant or membership is gone on the very next request.
/// </summary>
public sealed class TeamAccessTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Password = "team member passphrase long";

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<(HttpClient Client, Guid UserId)> TechnicianAsync()
    {
        var email = $"tech-{Guid.NewGuid():N}@clientstor.test";
        var user = await api.CreateUserAsync(email, Password);
        return (api.ClientWith(await api.SignInAsync(email, Password)), user.Id);
    }

    private static async Task<Guid> TeamWithGrantAsync(HttpClient admin, Guid userId, Guid? orgId, params string[] permissions)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var role = (await Json(await admin.PostAsJsonAsync("/api/v1/platform-roles", new { name = "Role " + suffix, permissions }))).GetProperty("id").GetGuid();
        var team = (await Json(await admin.PostAsJsonAsync("/api/v1/teams", new { name = "Team " + suffix }))).GetProperty("id").GetGuid();
        await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/members", new { userId }));
        await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/grants", new { orgId, platformRoleId = role }));
        return team;
    }

    [Fact]
    public async Task A_grant_in_every_organisation_reaches_organisations_created_later_and_ends_on_the_next_request()
    {
        using var admin = await api.AdminAsync();
        var (tech, techId) = await TechnicianAsync();
        using (tech)
        {
            var before = await OrgWorld.CreateOrgAsync(admin, "Team before " + Guid.NewGuid().ToString("N")[..6]);
            (await tech.GetAsync($"/api/v1/orgs/{before}/assets")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            var team = await TeamWithGrantAsync(admin, techId, null, "org.read", "assets.read");
            var after = await OrgWorld.CreateOrgAsync(admin, "Team after " + Guid.NewGuid().ToString("N")[..6]);
            foreach (var org in new[] { before, after })
            {
                (await tech.GetAsync($"/api/v1/orgs/{org}/assets")).StatusCode.ShouldBe(HttpStatusCode.OK);
                var denied = await tech.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "Nope" });
                denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            }
            var orgs = await tech.GetFromJsonAsync<JsonElement>("/api/v1/orgs?limit=500");
            orgs.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldContain(after);
            var me = await tech.GetFromJsonAsync<JsonElement>("/api/v1/me");
            var membership = me.GetProperty("memberships").EnumerateArray().Single(m => m.GetProperty("orgId").GetGuid() == after);
            membership.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["assets.read", "org.read"]);

            // Taking the technician out of the team: the very next request with the same token is refused.
            (await admin.DeleteAsync($"/api/v1/teams/{team}/members/{techId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await tech.GetAsync($"/api/v1/orgs/{after}/assets")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_grant_in_one_organisation_is_no_access_elsewhere_and_adds_to_a_membership()
    {
        using var admin = await api.AdminAsync();
        var world = await OrgWorld.CreateAsync(api, "teams");
        var (tech, techId) = await TechnicianAsync();
        using (tech)
        {
            var readOnly = world.RolesA["Read-only"];
            (await admin.PostAsJsonAsync($"/api/v1/orgs/{world.OrgA}/members", new { email = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{techId}")).GetProperty("email").GetString(), roleIds = new[] { readOnly } }))
                .EnsureSuccessStatusCode();
            (await tech.PostAsJsonAsync($"/api/v1/orgs/{world.OrgA}/assets", new { type = "server", name = "Before" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

            var team = await TeamWithGrantAsync(admin, techId, world.OrgA, "assets.write");
            (await tech.PostAsJsonAsync($"/api/v1/orgs/{world.OrgA}/assets", new { type = "server", name = "With the team" })).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await tech.GetAsync($"/api/v1/orgs/{world.OrgB}/assets")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            var access = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{techId}/access");
            var inA = access.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("orgId").GetGuid() == world.OrgA);
            inA.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(["direct", "team"]);
            inA.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("assets.write");

            // Withdrawing the grant leaves the membership: back to read-only on the next request.
            var grant = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team}/grants"))[0].GetProperty("id").GetGuid();
            (await admin.DeleteAsync($"/api/v1/teams/{team}/grants/{grant}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await tech.PostAsJsonAsync($"/api/v1/orgs/{world.OrgA}/assets", new { type = "server", name = "After" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await tech.GetAsync($"/api/v1/orgs/{world.OrgA}/assets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Changing_a_platform_role_changes_every_organisation_it_is_granted_in_and_a_granted_role_cannot_be_deleted()
    {
        using var admin = await api.AdminAsync();
        var (tech, techId) = await TechnicianAsync();
        using (tech)
        {
            var org = await OrgWorld.CreateOrgAsync(admin, "Role change " + Guid.NewGuid().ToString("N")[..6]);
            var team = await TeamWithGrantAsync(admin, techId, org, "org.read");
            var roleId = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team}/grants"))[0].GetProperty("platformRoleId").GetGuid();
            (await tech.GetAsync($"/api/v1/orgs/{org}/vault/credentials")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await admin.PatchAsJsonAsync($"/api/v1/platform-roles/{roleId}", new { permissions = new[] { "org.read", "vault.read" } })).EnsureSuccessStatusCode();
            (await tech.GetAsync($"/api/v1/orgs/{org}/vault/credentials")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await admin.DeleteAsync($"/api/v1/platform-roles/{roleId}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task An_organisations_own_role_is_granted_only_in_that_organisation()
    {
        using var admin = await api.AdminAsync();
        var world = await OrgWorld.CreateAsync(api, "own roles");
        var team = (await Json(await admin.PostAsJsonAsync("/api/v1/teams", new { name = "Own " + Guid.NewGuid().ToString("N")[..6] }))).GetProperty("id").GetGuid();
        var custom = await OrgWorld.CustomRoleAsync(admin, world.OrgA, "Night shift", "org.read", "assets.read");
        var elsewhere = await admin.PostAsJsonAsync($"/api/v1/teams/{team}/grants", new { orgId = world.OrgB, roleId = custom });
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await elsewhere.Content.ReadAsStringAsync()).ShouldContain("roleId");
        var everywhere = await admin.PostAsJsonAsync($"/api/v1/teams/{team}/grants", new { roleId = custom });
        everywhere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var granted = await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/grants", new { orgId = world.OrgA, roleId = custom }));
        granted.GetProperty("roleName").GetString().ShouldBe("Night shift");
        granted.GetProperty("orgName").GetString().ShouldNotBeNull();
        // The organisation's role cannot be deleted while a team holds it.
        var refused = await admin.DeleteAsync($"/api/v1/orgs/{world.OrgA}/roles/{custom}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("team grant");
    }
}

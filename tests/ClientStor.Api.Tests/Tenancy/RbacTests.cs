using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Tenancy;

public sealed class RbacTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@clientstor.test";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement?> MemberAsync(HttpClient client, Guid org, Guid userId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/members")).GetProperty("items").EnumerateArray()
            .Select(m => (JsonElement?)m).FirstOrDefault(m => m!.Value.GetProperty("userId").GetGuid() == userId);

    [Fact]
    public async Task New_orgs_get_the_built_in_roles_and_the_creator_as_owner()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Built-ins " + Guid.NewGuid().ToString("N")[..6]);

        var roles = await OrgWorld.RolesAsync(admin, org);
        var members = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/members");

        roles.Keys.Order().ShouldBe(["Admin", "Billing", "Owner", "Read-only", "Technician"]);
        var owner = members.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        owner.GetProperty("email").GetString().ShouldBe(ApiHost.AdminEmail);
        owner.GetProperty("roles")[0].GetProperty("name").GetString().ShouldBe("Owner");
    }

    [Fact]
    public async Task Removing_a_membership_or_a_role_denies_the_very_next_request()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Revocation " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var email = Unique("tech");
        var (tech, techId) = await OrgWorld.MemberAsync(api, org, email, roles["Admin"]);
        using var _ = tech;
        (await tech.PatchAsJsonAsync($"/api/v1/orgs/{org}", new { notes = "allowed" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{techId}", new { roleIds = new[] { roles["Read-only"] } })).EnsureSuccessStatusCode();
        var demoted = await tech.PatchAsJsonAsync($"/api/v1/orgs/{org}", new { notes = "not any more" });
        demoted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await demoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("permission").GetString().ShouldBe("settings.manage");
        (await tech.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/members/{techId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await tech.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tech.GetFromJsonAsync<JsonElement>("/api/v1/orgs")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Nobody_grants_what_they_do_not_hold()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Escalation " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (orgAdmin, orgAdminId) = await OrgWorld.MemberAsync(api, org, Unique("orgadmin"), roles["Admin"]);
        using var _ = orgAdmin;
        var victimEmail = Unique("victim");
        await api.CreateUserAsync(victimEmail, "member passphrase long enough");

        var makeOwner = await orgAdmin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = victimEmail, roleIds = new[] { roles["Owner"] } });
        var selfPromote = await orgAdmin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{orgAdminId}", new { roleIds = new[] { roles["Owner"] } });
        var sneakyRole = await orgAdmin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Sneaky", permissions = new[] { "org.delete" } });
        var fineRole = await orgAdmin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Asset keeper", permissions = new[] { "assets.read", "assets.write" } });

        makeOwner.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await makeOwner.Content.ReadAsStringAsync()).ShouldContain("org.delete");
        selfPromote.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        sneakyRole.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        fineRole.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_last_owner_cannot_be_removed_or_demoted()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Last owner " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var myId = me.GetProperty("id").GetGuid();

        var demote = await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{myId}", new { roleIds = new[] { roles["Admin"] } });
        var remove = await admin.DeleteAsync($"/api/v1/orgs/{org}/members/{myId}");

        demote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        remove.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await remove.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("last Owner");

        var (second, _) = await OrgWorld.MemberAsync(api, org, Unique("owner2"), roles["Owner"]);
        second.Dispose();
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{myId}", new { roleIds = new[] { roles["Admin"] } })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Roles_built_in_ones_are_fixed_and_used_ones_cannot_be_deleted()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Roles " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/roles/{roles["Technician"]}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/roles/{roles["Billing"]}", new { permissions = new[] { "org.read" } })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var bad = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Typo", permissions = new[] { "assets.raed" } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("permissions")[0].GetString()!.ShouldContain("assets.raed");

        var custom = await OrgWorld.CustomRoleAsync(admin, org, "Night shift", "org.read", "tickets.read", "tickets.write");
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "night SHIFT", permissions = new[] { "org.read" } })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var (member, _) = await OrgWorld.MemberAsync(api, org, Unique("night"), custom);
        member.Dispose();
        var inUse = await admin.DeleteAsync($"/api/v1/orgs/{org}/roles/{custom}");
        inUse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await inUse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("1 member");

        var updated = await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/roles/{custom}", new { permissions = new[] { "org.read", "tickets.read" } });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("permissions").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Me_lists_memberships_with_effective_permissions_and_the_catalog_is_grouped()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Me " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (member, _) = await OrgWorld.MemberAsync(api, org, Unique("me"), roles["Billing"], roles["Read-only"]);
        using var _ = member;

        var me = await member.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var membership = me.GetProperty("memberships").EnumerateArray().ShouldHaveSingleItem();
        membership.GetProperty("orgId").GetGuid().ShouldBe(org);
        membership.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Billing", "Read-only"]);
        var permissions = membership.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        permissions.ShouldContain("billing.write");
        permissions.ShouldContain("assets.read");
        permissions.ShouldNotContain("assets.write");

        var catalog = await member.GetFromJsonAsync<JsonElement>("/api/v1/permissions");
        var modules = catalog.GetProperty("modules").EnumerateArray().ToList();
        modules.ShouldContain(m => m.GetProperty("module").GetString() == "vault"
            && m.GetProperty("permissions").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "vault.reveal"));
    }

    [Fact]
    public async Task Membership_and_role_changes_are_audited_with_before_and_after_permissions()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Audit RBAC " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (member, memberId) = await OrgWorld.MemberAsync(api, org, Unique("audited"), roles["Read-only"]);
        member.Dispose();
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{memberId}", new { roleIds = new[] { roles["Technician"] } })).EnsureSuccessStatusCode();

        var events = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/audit?category=permissions");
        var changed = events.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "member.roles_changed");
        changed.GetProperty("details").GetProperty("before").GetProperty("roles")[0].GetString().ShouldBe("Read-only");
        changed.GetProperty("details").GetProperty("after").GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("vault.reveal");
        events.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "member.added");
    }

    [Fact]
    public async Task Changing_or_removing_a_member_with_a_stale_etag_is_412_and_changes_nothing()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Member etags " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (member, memberId) = await OrgWorld.MemberAsync(api, org, Unique("etag"), roles["Read-only"]);
        member.Dispose();
        var read = (await MemberAsync(admin, org, memberId))!.Value.GetProperty("etag").GetString()!;

        var changed = await SendAsync(admin, HttpMethod.Patch, $"/api/v1/orgs/{org}/members/{memberId}", new { roleIds = new[] { roles["Technician"] } }, read);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var current = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("etag").GetString()!;
        current.ShouldNotBe(read);
        changed.Headers.ETag!.ToString().ShouldBe(current);

        var stalePatch = await SendAsync(admin, HttpMethod.Patch, $"/api/v1/orgs/{org}/members/{memberId}", new { roleIds = new[] { roles["Billing"] } }, read);
        var staleDelete = await SendAsync(admin, HttpMethod.Delete, $"/api/v1/orgs/{org}/members/{memberId}", null, read);

        stalePatch.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await stalePatch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!.ShouldEndWith("/etag-mismatch");
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var after = (await MemberAsync(admin, org, memberId))!.Value;
        after.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Technician"]);
        after.GetProperty("etag").GetString().ShouldBe(current);
        (await SendAsync(admin, HttpMethod.Delete, $"/api/v1/orgs/{org}/members/{memberId}", null, current)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await MemberAsync(admin, org, memberId)).ShouldBeNull();
    }

    [Fact]
    public async Task A_role_of_another_organisation_in_a_member_body_is_a_field_error()
    {
        var world = await OrgWorld.CreateAsync(api, "member roles " + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await api.AdminAsync();
        var email = Unique("foreign");
        var user = await api.CreateUserAsync(email, "member passphrase long enough");
        var foreign = world.RolesB["Read-only"];

        var add = await admin.PostAsJsonAsync($"/api/v1/orgs/{world.OrgA}/members", new { email, roleIds = new[] { world.RolesA["Read-only"], foreign } });
        var change = await admin.PatchAsJsonAsync($"/api/v1/orgs/{world.OrgA}/members/{world.AdminId}", new { roleIds = new[] { world.RolesA["Owner"], foreign } });

        add.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await add.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("roleIds")[0].GetString()!.ShouldContain(foreign.ToString());
        change.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await change.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("roleIds")[0].GetString()!.ShouldContain(foreign.ToString());
        (await MemberAsync(admin, world.OrgA, user.Id)).ShouldBeNull();
        (await MemberAsync(admin, world.OrgA, world.AdminId))!.Value.GetProperty("roles").EnumerateArray()
            .Select(r => r.GetProperty("name").GetString()).ShouldBe(["Owner"]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;
using static ClientStor.Tests.Shared.ApiCalls;
using Npgsql;

namespace ClientStor.Api.Tests.Overview;

/// <summary>
/// An organisation's overview (<c>GET /api/v1/orgs/{orgId}/overview</c>): counts, pinned credentials, key contacts,
/// locations, warranties ending soon and recent changes in plain language — each section only for a caller who may read it.
/// </summary>
public sealed class OverviewTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task RenameAsync(HttpClient admin, Guid userId, string displayName) =>
        (await admin.PatchAsJsonAsync($"/api/v1/users/{userId}", new { displayName })).EnsureSuccessStatusCode();

    [Fact]
    public async Task Shows_counts_pinned_credentials_key_contacts_sites_first_warranties_and_changes_in_plain_language_never_a_secret()
    {
        using var admin = await api.AdminAsync();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        await RenameAsync(admin, me.GetProperty("id").GetGuid(), "Ada Lovelace");
        var org = await OrgWorld.CreateOrgAsync(admin, "Overview " + Token());
        var o = $"/api/v1/orgs/{org}";
        var closet = await PostAsync(admin, $"{o}/locations", new { name = "A closet", kind = "closet", parentId = await PostAsync(admin, $"{o}/locations", new { name = "Zeta site" }) });
        await PostAsync(admin, $"{o}/locations", new { name = "Head office" });
        var fs01 = await PostAsync(admin, $"{o}/assets", new { type = "server", name = "FS01", warrantyExpires = Day(10) });
        var expired = await PostAsync(admin, $"{o}/assets", new { type = "switch", name = "SW-OLD", warrantyExpires = Day(-5) });
        await PostAsync(admin, $"{o}/assets", new { type = "switch", name = "Later", warrantyExpires = Day(200) });
        await PostAsync(admin, $"{o}/assets", new { type = "server", name = "Gone", status = "retired", warrantyExpires = Day(3) });
        await PostAsync(admin, $"{o}/assets", new { type = "server", name = "Spare box", status = "spare" });
        var password = "Hunter2-" + Token() + "-never-shown";
        var pinned = await PostAsync(admin, $"{o}/vault/credentials", new { name = "Domain admin", username = "administrator", password, pinned = true });
        await PostAsync(admin, $"{o}/vault/credentials", new { name = "Printer", username = "admin", password = "x-" + Token() });
        var key = await PostAsync(admin, $"{o}/contacts", new { name = "Grace Hopper", role = "IT lead", isKey = true });
        await PostAsync(admin, $"{o}/contacts", new { name = "Alan Turing" });
        var subnet = await PostAsync(admin, $"{o}/subnets", new { network = "10.44.0.0/24", name = "LAN" });
        await PostAsync(admin, $"{o}/ip-addresses", new { address = "10.44.0.5" });
        await PostAsync(admin, $"{o}/racks", new { name = "R1" });
        (await admin.PostAsJsonAsync($"{o}/vault/credentials/{pinned}/reveal", new { field = "password" })).EnsureSuccessStatusCode();
        (await admin.PatchAsJsonAsync($"{o}/assets/{fs01}", new { model = "R740" })).EnsureSuccessStatusCode();
        (await admin.DeleteAsync($"{o}/locations/{closet}")).EnsureSuccessStatusCode();

        var raw = await (await admin.GetAsync($"{o}/overview")).Content.ReadAsStringAsync();
        raw.ShouldNotContain(password);
        var view = JsonDocument.Parse(raw).RootElement;
        view.GetProperty("orgId").GetGuid().ShouldBe(org);
        view.GetProperty("status").GetString().ShouldBe("active");
        var counts = view.GetProperty("counts");
        counts.GetProperty("assets").GetProperty("total").GetInt32().ShouldBe(5);
        var byStatus = counts.GetProperty("assets").GetProperty("byStatus").EnumerateArray()
            .ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("count").GetInt32());
        byStatus.ShouldBe(new Dictionary<string, int> { ["planned"] = 0, ["active"] = 3, ["in-repair"] = 0, ["spare"] = 1, ["retired"] = 1 });
        (counts.GetProperty("credentials").GetInt32(), counts.GetProperty("contacts").GetInt32(), counts.GetProperty("locations").GetInt32()).ShouldBe((2, 2, 2));
        (counts.GetProperty("subnets").GetInt32(), counts.GetProperty("ipAddresses").GetInt32(), counts.GetProperty("racks").GetInt32()).ShouldBe((1, 1, 1));

        var pins = view.GetProperty("pinnedCredentials");
        pins.GetProperty("total").GetInt32().ShouldBe(1);
        var pin = pins.GetProperty("items")[0];
        (pin.GetProperty("id").GetGuid(), pin.GetProperty("pinned").GetBoolean()).ShouldBe((pinned, true));
        pin.GetProperty("secretFields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["password"]);
        view.GetProperty("keyContacts").GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([key]);
        view.GetProperty("locations").GetProperty("items").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ShouldBe(["Head office", "Zeta site"]);

        var warranties = view.GetProperty("expiringWarranties");
        warranties.GetProperty("days").GetInt32().ShouldBe(90);
        var soon = warranties.GetProperty("items").EnumerateArray().ToList();
        soon.Select(w => w.GetProperty("assetId").GetGuid()).ShouldBe([expired, fs01]);
        (soon[0].GetProperty("expired").GetBoolean(), soon[0].GetProperty("daysLeft").GetInt32()).ShouldBe((true, -5));
        (soon[1].GetProperty("expired").GetBoolean(), soon[1].GetProperty("daysLeft").GetInt32()).ShouldBe((false, 10));
        var wider = await Json(await admin.GetAsync($"{o}/overview?warrantyDays=365"));
        wider.GetProperty("expiringWarranties").GetProperty("total").GetInt32().ShouldBe(3);

        var changes = view.GetProperty("recentChanges").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        changes.ShouldContain("Ada Lovelace created asset FS01");
        changes.ShouldContain("Ada Lovelace revealed the password of credential Domain admin");
        changes.ShouldContain("Ada Lovelace updated asset FS01 (model)");
        changes.ShouldContain("Ada Lovelace deleted location A closet");
        changes.ShouldContain("Ada Lovelace created subnet LAN");
        changes.ShouldContain("Ada Lovelace created IP address 10.44.0.5");
        changes.Count.ShouldBe(15);
        changes[0].ShouldBe("Ada Lovelace deleted location A closet"); // newest first
        var first = view.GetProperty("recentChanges")[0];
        (first.GetProperty("action").GetString(), first.GetProperty("targetType").GetString(), first.GetProperty("targetId").GetString()).ShouldBe(("location.deleted", "location", closet.ToString()));
        raw.ShouldNotContain("credential.listed");

        // Showing pinned credentials is vault access: recorded like the vault's own list.
        var listed = await Json(await admin.GetAsync($"{o}/audit?action=credential.listed"));
        listed.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("details").GetProperty("source").GetString() == "overview");
        subnet.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Each_section_is_null_without_its_read_permission_and_counts_say_nothing_they_may_not()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var org = await OrgWorld.CreateOrgAsync(admin, "Overview perms " + token);
        await PostAsync(admin, $"/api/v1/orgs/{org}/vault/credentials", new { name = "Pinned " + token, password = "pw-" + token, pinned = true });
        var orgOnly = await OrgWorld.CustomRoleAsync(admin, org, "Org only", "org.read");
        var assetsOnly = await OrgWorld.CustomRoleAsync(admin, org, "Assets", "org.read", "assets.read");
        var vaultAudit = await OrgWorld.CustomRoleAsync(admin, org, "Vault and audit", "org.read", "vault.read", "audit.read", "ipam.read");
        var (reader, _) = await OrgWorld.MemberAsync(api, org, $"ov-org-{token}@clientstor.test", orgOnly);
        var (tech, _) = await OrgWorld.MemberAsync(api, org, $"ov-assets-{token}@clientstor.test", assetsOnly);
        var (auditor, _) = await OrgWorld.MemberAsync(api, org, $"ov-vault-{token}@clientstor.test", vaultAudit);
        using (reader)
        using (tech)
        using (auditor)
        {
            var bare = await Json(await reader.GetAsync($"/api/v1/orgs/{org}/overview"));
            foreach (var section in new[] { "pinnedCredentials", "keyContacts", "locations", "expiringWarranties", "recentChanges" })
                bare.GetProperty(section).ValueKind.ShouldBe(JsonValueKind.Null, section);
            foreach (var count in bare.GetProperty("counts").EnumerateObject())
                count.Value.ValueKind.ShouldBe(JsonValueKind.Null, count.Name);

            var assets = await Json(await tech.GetAsync($"/api/v1/orgs/{org}/overview"));
            assets.GetProperty("counts").GetProperty("assets").GetProperty("total").GetInt32().ShouldBe(0);
            assets.GetProperty("keyContacts").GetProperty("total").GetInt32().ShouldBe(0);
            assets.GetProperty("expiringWarranties").GetProperty("items").GetArrayLength().ShouldBe(0);
            (assets.GetProperty("pinnedCredentials").ValueKind, assets.GetProperty("recentChanges").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null));
            (assets.GetProperty("counts").GetProperty("credentials").ValueKind, assets.GetProperty("counts").GetProperty("subnets").ValueKind)
                .ShouldBe((JsonValueKind.Null, JsonValueKind.Null));

            var vault = await Json(await auditor.GetAsync($"/api/v1/orgs/{org}/overview"));
            vault.GetProperty("pinnedCredentials").GetProperty("total").GetInt32().ShouldBe(1);
            vault.GetProperty("counts").GetProperty("subnets").GetInt32().ShouldBe(0);
            vault.GetProperty("recentChanges").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ShouldContain(t => t!.EndsWith($"created credential Pinned {token}", StringComparison.Ordinal));
            (vault.GetProperty("keyContacts").ValueKind, vault.GetProperty("counts").GetProperty("assets").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null));
        }
    }

    [Fact]
    public async Task Another_organisations_overview_is_not_found_and_bad_input_is_a_field_error()
    {
        using var admin = await api.AdminAsync();
        var world = await OrgWorld.CreateAsync(api, "overview iso " + Token());
        var (member, _) = await OrgWorld.MemberAsync(api, world.OrgA, $"ov-iso-{Token()}@clientstor.test", world.RolesA["Technician"]);
        using (member)
        {
            (await member.GetAsync($"/api/v1/orgs/{world.OrgA}/overview")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await member.GetAsync($"/api/v1/orgs/{world.OrgB}/overview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await member.GetAsync($"/api/v1/orgs/{Guid.NewGuid()}/overview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            foreach (var days in new[] { "0", "366", "abc" })
            {
                var bad = await member.GetAsync($"/api/v1/orgs/{world.OrgA}/overview?warrantyDays={days}");
                bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
                bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
                (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("warrantyDays", out _).ShouldBeTrue();
            }
        }
    }

    [Fact]
    public async Task Pinning_a_credential_and_marking_a_key_contact_are_audited_changes_and_list_filters()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Pins " + Token());
        var o = $"/api/v1/orgs/{org}";
        var credential = await PostAsync(admin, $"{o}/vault/credentials", new { name = "VPN", password = "pw-" + Token() });
        var contact = await PostAsync(admin, $"{o}/contacts", new { name = "Linus" });
        (await Json(await admin.PatchAsJsonAsync($"{o}/vault/credentials/{credential}", new { pinned = true }))).GetProperty("pinned").GetBoolean().ShouldBeTrue();
        (await Json(await admin.PatchAsJsonAsync($"{o}/contacts/{contact}", new { isKey = true }))).GetProperty("isKey").GetBoolean().ShouldBeTrue();

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        foreach (var (action, id) in new[] { ("credential.updated", credential), ("contact.updated", contact) })
        {
            await using var cmd = new NpgsqlCommand("SELECT details FROM audit_events WHERE action = $1 AND target_id = $2", connection);
            cmd.Parameters.Add(new NpgsqlParameter { Value = action });
            cmd.Parameters.Add(new NpgsqlParameter { Value = id.ToString() });
            var details = JsonDocument.Parse((string)(await cmd.ExecuteScalarAsync())!).RootElement;
            details.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ShouldBe([action == "credential.updated" ? "pinned" : "isKey"]);
        }
        (await Json(await admin.GetAsync($"{o}/vault/credentials?pinned=true"))).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([credential]);
        (await Json(await admin.GetAsync($"{o}/vault/credentials?pinned=false"))).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await Json(await admin.GetAsync($"{o}/contacts?isKey=true"))).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([contact]);
    }
}

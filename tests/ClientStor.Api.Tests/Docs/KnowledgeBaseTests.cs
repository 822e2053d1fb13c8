using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Docs;

/// <summary>
/// The MSP knowledge base: read by everyone who reads documentation in any organisation, written by global
/// administrators and holders of docs.write through a grant to every organisation, invisible as an organisation.
/// </summary>
public sealed class KnowledgeBaseTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Password = "knowledge passphrase long enough";

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<(HttpClient Client, Guid Id, string Email)> PersonAsync()
    {
        var email = $"kb-{Guid.NewGuid():N}@clientstor.test";
        var user = await api.CreateUserAsync(email, Password);
        return (api.ClientWith(await api.SignInAsync(email, Password)), user.Id, email);
    }

    private static async Task<string[]> PermissionsAsync(HttpClient client) =>
        [.. (await Json(await client.GetAsync("/api/v1/docs/knowledge-base"))).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!)];

    [Fact]
    public async Task Readers_of_any_organisation_read_it_platform_wide_writers_write_it_and_it_is_no_organisation()
    {
        using var admin = await api.AdminAsync();
        var kb = await Json(await admin.GetAsync("/api/v1/docs/knowledge-base"));
        var kbId = kb.GetProperty("orgId").GetGuid();
        kb.GetProperty("name").GetString().ShouldBe("MSP knowledge base");
        (await PermissionsAsync(admin)).ShouldBe(["docs.publish", "docs.read", "docs.write"]);
        var d = $"/api/v1/orgs/{kbId}/docs";
        var policy = await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Escalation policy", body = "Call the on-call engineer after **15 minutes**." }));
        var policyId = policy.GetProperty("id").GetGuid();
        policy.GetProperty("html").GetString()!.ShouldContain("<strong>15 minutes</strong>");
        // Everything the knowledge base does works here: an edit is a revision, a restore another, files attach, diagrams draw.
        var edit = new HttpRequestMessage(HttpMethod.Patch, $"{d}/articles/{policyId}") { Content = JsonContent.Create(new { body = "Call the on-call engineer after **10 minutes**." }) };
        edit.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(policy.GetProperty("etag").GetString()!));
        (await Json(await admin.SendAsync(edit))).GetProperty("revision").GetInt32().ShouldBe(2);
        (await Json(await admin.PostAsync($"{d}/articles/{policyId}/revisions/1/restore", null))).GetProperty("revision").GetInt32().ShouldBe(3);
        using (var file = new StringContent("Escalation phone tree", System.Text.Encoding.UTF8, "text/plain"))
            (await admin.PostAsync($"{d}/articles/{policyId}/attachments?fileName=phone-tree.txt", file)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // It is not an organisation anywhere else: not listed, not found, nothing but documentation in it.
        var orgs = await Json(await admin.GetAsync("/api/v1/orgs?limit=500"));
        orgs.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldNotContain(kbId);
        (await admin.GetAsync($"/api/v1/orgs/{kbId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/orgs/{kbId}/assets")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{kbId}/members", new { email = "x@clientstor.test" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/api/v1/orgs/{kbId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A technician of one client reads it (and finds it in global search) but cannot write it.
        var org = await OrgWorld.CreateOrgAsync(admin, "KB client " + Guid.NewGuid().ToString("N")[..6]);
        var (tech, _, techEmail) = await PersonAsync();
        using (tech)
        {
            (await tech.GetAsync("/api/v1/docs/knowledge-base")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await tech.GetAsync($"{d}/articles/{policyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var roles = await Json(await admin.GetAsync($"/api/v1/orgs/{org}/roles"));
            var technician = roles.GetProperty("items").EnumerateArray().First(r => r.GetProperty("name").GetString() == "Technician").GetProperty("id").GetGuid();
            (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = techEmail, roleIds = new[] { technician } })).EnsureSuccessStatusCode();
            (await PermissionsAsync(tech)).ShouldBe(["docs.read"]);
            (await Json(await tech.GetAsync($"{d}/articles/{policyId}"))).GetProperty("title").GetString().ShouldBe("Escalation policy");
            (await Json(await tech.GetAsync($"{d}/articles?q=on-call"))).GetProperty("items").GetArrayLength().ShouldBe(1);
            (await tech.PostAsJsonAsync($"{d}/articles", new { title = "Mine", body = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var search = await Json(await tech.GetAsync("/api/v1/search?q=escalation&types=article"));
            var hit = search.GetProperty("groups")[0].GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == policyId);
            hit.GetProperty("orgName").GetString().ShouldBe("MSP knowledge base");
        }

        // A service-desk lead with docs.write through a team grant to every organisation writes and publishes it;
        // the same role granted in one organisation only does not.
        var (lead, leadId, _) = await PersonAsync();
        using (lead)
        {
            async Task<Guid> GrantAsync(Guid? grantOrg)
            {
                var suffix = Guid.NewGuid().ToString("N")[..6];
                var role = (await Json(await admin.PostAsJsonAsync("/api/v1/platform-roles",
                    new { name = "KB " + suffix, permissions = new[] { "org.read", "docs.read", "docs.write", "docs.publish" } }))).GetProperty("id").GetGuid();
                var team = (await Json(await admin.PostAsJsonAsync("/api/v1/teams", new { name = "KB team " + suffix }))).GetProperty("id").GetGuid();
                await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/members", new { userId = leadId }));
                await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/grants", new { orgId = grantOrg, platformRoleId = role }));
                return team;
            }
            await GrantAsync(org);
            (await PermissionsAsync(lead)).ShouldBe(["docs.read"]);
            (await lead.PostAsJsonAsync($"{d}/articles", new { title = "Standard laptop build", body = "Windows 11, BitLocker on." })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var everywhere = await GrantAsync(null);
            (await PermissionsAsync(lead)).ShouldBe(["docs.publish", "docs.read", "docs.write"]);
            (await lead.PostAsJsonAsync($"{d}/articles", new { title = "Standard laptop build", body = "Windows 11, BitLocker on." })).StatusCode.ShouldBe(HttpStatusCode.Created);
            // A grant to every organisation reaches the knowledge base, which still is in no list of the person's organisations.
            var me = await Json(await lead.GetAsync("/api/v1/me"));
            me.GetProperty("memberships").EnumerateArray().Select(m => m.GetProperty("orgId").GetGuid()).ShouldNotContain(kbId);
            var access = await Json(await admin.GetAsync($"/api/v1/users/{leadId}/access"));
            access.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("orgId").GetGuid()).ShouldNotContain(kbId);
            (await Json(await lead.GetAsync("/api/v1/orgs?limit=500"))).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldNotContain(kbId);
            // Access ends on the next request when the grant goes.
            (await admin.DeleteAsync($"/api/v1/teams/{everywhere}")).EnsureSuccessStatusCode();
            (await lead.PostAsJsonAsync($"{d}/articles", new { title = "Too late", body = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // An API key reading documentation in its organisation reads the knowledge base too, and writes nothing there.
        var key = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "Docs export", scopes = new[] { "docs.read", "docs.write" } }));
        using var anonymous = api.Anonymous();
        var token = await Json(await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.GetProperty("clientId").GetString()!, ["client_secret"] = key.GetProperty("clientSecret").GetString()!,
        })));
        using var ci = api.Anonymous();
        ci.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        (await PermissionsAsync(ci)).ShouldBe(["docs.read"]);
        (await ci.GetAsync($"{d}/articles/{policyId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ci.PostAsJsonAsync($"{d}/articles", new { title = "From CI", body = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

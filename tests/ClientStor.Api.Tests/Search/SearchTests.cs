using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Search;

/// <summary>
/// Global search (<c>GET /api/v1/search</c>): every type, across the organisations the caller may read — by membership,
/// team grant, permission and an API key's scopes — ranked, with the matched field, never a secret.
/// </summary>
public sealed class SearchTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static string Token() => "zq" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<Guid> PostAsync(HttpClient client, string path, object body) =>
        (await Json(await client.PostAsJsonAsync(path, body))).GetProperty("id").GetGuid();

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/search?" + query);
        return await Json(response);
    }

    private static JsonElement[] Items(JsonElement result, string type) =>
        [.. result.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("type").GetString() == type).GetProperty("items").EnumerateArray()];

    private static JsonElement Item(JsonElement result, string type, Guid id) =>
        Items(result, type).Single(i => i.GetProperty("id").GetGuid() == id);

    [Fact]
    public async Task Finds_every_type_by_its_fields_with_the_organisation_and_the_matched_field_and_never_a_secret()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var orgName = "Search Org " + token;
        var org = await OrgWorld.CreateOrgAsync(admin, orgName);
        var o = $"/api/v1/orgs/{org}";
        var asset = await PostAsync(admin, $"{o}/assets", new { type = "server", name = $"FS-{token}", serial = "SER-" + token.ToUpperInvariant(), macAddresses = new[] { "02:aa:bb:cc:dd:01" } });
        var named = await PostAsync(admin, $"{o}/assets", new { type = "switch", name = "Core switch", model = "Model " + token });
        var password = "Secret-" + token + "-never-shown";
        var credential = await PostAsync(admin, $"{o}/vault/credentials", new { name = "Domain admin", username = $"admin@{token}.example", url = "https://portal.example", password });
        var contact = await PostAsync(admin, $"{o}/contacts", new { name = "Ada Lovelace", email = $"ada@{token}.example", phone = "+44 20 7946 0000", role = "IT lead" });
        var location = await PostAsync(admin, $"{o}/locations", new { kind = "site", name = "Head office", address = $"1 {token} Street" });
        var vlan = await PostAsync(admin, $"{o}/vlans", new { vid = 42, name = $"vlan-{token}" });
        var subnet = await PostAsync(admin, $"{o}/subnets", new { network = "10.77.3.0/24", name = $"LAN {token}" });
        var ip = await PostAsync(admin, $"{o}/ip-addresses", new { address = "10.77.3.15", hostname = $"fs01.{token}.lan", assetId = asset });
        var rack = await PostAsync(admin, $"{o}/racks", new { name = $"Rack {token}" });
        var article = await PostAsync(admin, $"{o}/docs/articles", new { title = "File server runbook", body = $"Restart the {token} share service." });
        using var notes = new StringContent("Share permissions are set by group.", System.Text.Encoding.UTF8, "text/plain");
        var file = (await Json(await admin.PostAsync($"{o}/assets/{asset}/attachments?fileName=share-{token}.txt", notes))).GetProperty("id").GetGuid();

        var raw = await (await admin.GetAsync($"/api/v1/search?q={token}&limit=10")).Content.ReadAsStringAsync();
        raw.ShouldNotContain(password);
        var result = JsonDocument.Parse(raw).RootElement;
        result.GetProperty("query").GetString().ShouldBe(token);
        result.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("type").GetString())
            .ShouldBe(["org", "asset", "credential", "article", "diagram", "floor_plan", "attachment", "contact", "location", "subnet", "ipAddress", "vlan", "rack"]);
        Item(result, "attachment", file).GetProperty("parentId").GetGuid().ShouldBe(asset);
        Item(result, "article", article).GetProperty("matchedField").GetString().ShouldBe("body");
        Item(result, "org", org).GetProperty("title").GetString().ShouldBe(orgName);
        var fs = Item(result, "asset", asset);
        fs.GetProperty("orgId").GetGuid().ShouldBe(org);
        fs.GetProperty("orgName").GetString().ShouldBe(orgName);
        fs.GetProperty("matchedField").GetString().ShouldBe("name");
        Item(result, "asset", named).GetProperty("matchedField").GetString().ShouldBe("model");
        var cred = Item(result, "credential", credential);
        cred.GetProperty("matchedField").GetString().ShouldBe("username");
        cred.GetProperty("matchedText").GetString().ShouldBe($"admin@{token}.example");
        Item(result, "contact", contact).GetProperty("matchedField").GetString().ShouldBe("email");
        Item(result, "location", location).GetProperty("matchedField").GetString().ShouldBe("address");
        Item(result, "vlan", vlan).GetProperty("subtitle").GetString().ShouldBe("VLAN 42");
        Item(result, "subnet", subnet).GetProperty("matchedField").GetString().ShouldBe("name");
        var address = Item(result, "ipAddress", ip);
        address.GetProperty("matchedField").GetString().ShouldBe("hostname");
        address.GetProperty("parentId").GetGuid().ShouldBe(subnet);
        Item(result, "rack", rack).GetProperty("title").GetString().ShouldBe($"Rack {token}");

        // The serial (any case), a MAC in another notation, an IP address and a hostname find the asset; so does the subnet's network.
        var bySerial = await SearchAsync(admin, $"q=ser-{token}&types=asset&orgId={org}");
        Item(bySerial, "asset", asset).GetProperty("matchedField").GetString().ShouldBe("serial");
        var byMac = await SearchAsync(admin, $"q=02AA.BBCC.DD01&types=asset&orgId={org}");
        Item(byMac, "asset", asset).GetProperty("matchedField").GetString().ShouldBe("macAddress");
        var byIp = await SearchAsync(admin, $"q=10.77.3.15&types=asset,ipAddress&orgId={org}");
        Item(byIp, "asset", asset).GetProperty("matchedField").GetString().ShouldBe("ipAddress");
        Item(byIp, "ipAddress", ip).GetProperty("matchedField").GetString().ShouldBe("address");
        var byNetwork = await SearchAsync(admin, $"q=10.77.3.0/24&types=subnet&orgId={org}");
        Item(byNetwork, "subnet", subnet).GetProperty("matchedField").GetString().ShouldBe("network");
        var byHost = await SearchAsync(admin, $"q=fs01.{token}&types=asset&orgId={org}");
        Item(byHost, "asset", asset).GetProperty("matchedField").GetString().ShouldBe("hostname");
    }

    [Fact]
    public async Task Ranks_the_exact_title_first_then_prefix_then_word_then_contains_then_other_fields_and_says_when_there_is_more()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var org = await OrgWorld.CreateOrgAsync(admin, "Ranking " + token);
        var o = $"/api/v1/orgs/{org}/assets";
        var other = await PostAsync(admin, o, new { type = "server", name = "Unrelated", serial = token });
        var contains = await PostAsync(admin, o, new { type = "server", name = $"x{token}y" });
        var word = await PostAsync(admin, o, new { type = "server", name = $"Rack-{token}-b" });
        var prefix = await PostAsync(admin, o, new { type = "server", name = $"{token}-primary" });
        var exact = await PostAsync(admin, o, new { type = "server", name = token.ToUpperInvariant() });

        var all = await SearchAsync(admin, $"q={token}&types=asset&limit=10");
        Items(all, "asset").Select(i => i.GetProperty("id").GetGuid()).ShouldBe([exact, prefix, word, contains, other]);
        var group = all.GetProperty("groups")[0];
        group.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        group.GetProperty("label").GetString().ShouldBe("Assets");

        var two = await SearchAsync(admin, $"q={token}&types=asset&limit=2");
        Items(two, "asset").Select(i => i.GetProperty("id").GetGuid()).ShouldBe([exact, prefix]);
        two.GetProperty("groups")[0].GetProperty("hasMore").GetBoolean().ShouldBeTrue();

        // LIKE wildcards in the text are literal.
        Items(await SearchAsync(admin, "q=%25%25&types=asset"), "asset").ShouldBeEmpty();
    }

    [Fact]
    public async Task Answers_only_what_the_caller_may_read_by_membership_permission_and_team_grant_from_current_data()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var world = await OrgWorld.CreateAsync(api, "search " + token);
        foreach (var org in new[] { world.OrgA, world.OrgB })
        {
            await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "server", name = $"Srv {token}" });
            await PostAsync(admin, $"/api/v1/orgs/{org}/vault/credentials", new { name = $"Cred {token}", username = "u", password = "p" });
        }
        var assetsOnly = await OrgWorld.CustomRoleAsync(admin, world.OrgA, "Assets only " + token, "org.read", "assets.read");
        var (tech, techId) = await OrgWorld.MemberAsync(api, world.OrgA, $"search-{token}@clientstor.test", assetsOnly);
        using (tech)
        {
            var result = await SearchAsync(tech, $"q={token}");
            Items(result, "asset").Select(i => i.GetProperty("orgId").GetGuid()).ShouldBe([world.OrgA]);
            Items(result, "credential").ShouldBeEmpty();
            Items(result, "org").Select(i => i.GetProperty("id").GetGuid()).ShouldBe([world.OrgA]); // both names hold the token
            (await tech.GetAsync($"/api/v1/search?q={token}&orgId={world.OrgB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await tech.GetAsync($"/api/v1/search?q={token}&orgId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            // A team grant in every organisation with vault.read adds the credentials of both; withdrawn, they are gone on the next request.
            var role = await PostAsync(admin, "/api/v1/platform-roles", new { name = "Vault reader " + token, permissions = new[] { "org.read", "vault.read" } });
            var team = await PostAsync(admin, "/api/v1/teams", new { name = "Team " + token });
            await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/members", new { userId = techId }));
            var grant = await PostAsync(admin, $"/api/v1/teams/{team}/grants", new { orgId = (Guid?)null, platformRoleId = role });
            var granted = await SearchAsync(tech, $"q={token}");
            Items(granted, "credential").Select(i => i.GetProperty("orgId").GetGuid()).Order().ShouldBe(new[] { world.OrgA, world.OrgB }.Order());
            Items(granted, "asset").Select(i => i.GetProperty("orgId").GetGuid()).ShouldBe([world.OrgA]);
            Items(await SearchAsync(tech, $"q={token}&orgId={world.OrgB}"), "credential").Length.ShouldBe(1);

            (await admin.DeleteAsync($"/api/v1/teams/{team}/grants/{grant}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            Items(await SearchAsync(tech, $"q={token}"), "credential").ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task An_api_key_finds_only_in_its_organisations_and_only_the_types_its_scopes_read()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var world = await OrgWorld.CreateAsync(api, "search key " + token);
        foreach (var org in new[] { world.OrgA, world.OrgB })
        {
            await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "server", name = $"Srv {token}" });
            await PostAsync(admin, $"/api/v1/orgs/{org}/vault/credentials", new { name = $"Cred {token}", username = "u", password = "p" });
        }
        var key = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{world.OrgA}/api-keys", new { name = "Search " + token, scopes = new[] { "assets.read" } }));
        using var anonymous = api.Anonymous();
        var tokenResponse = await Json(await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.GetProperty("clientId").GetString()!, ["client_secret"] = key.GetProperty("clientSecret").GetString()!,
        })));
        using var ci = api.Anonymous();
        ci.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenResponse.GetProperty("access_token").GetString());

        var result = await SearchAsync(ci, $"q={token}");
        Items(result, "asset").Select(i => i.GetProperty("orgId").GetGuid()).ShouldBe([world.OrgA]);
        Items(result, "credential").ShouldBeEmpty();
        (await ci.GetAsync($"/api/v1/search?q={token}&orgId={world.OrgB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=a", "q")]
    [InlineData("q=%20%20a%20%20", "q")]
    [InlineData("q=server&types=asset,bogus", "types")]
    [InlineData("q=server&limit=0", "limit")]
    [InlineData("q=server&limit=51", "limit")]
    [InlineData("q=server&orgId=not-a-guid", "orgId")]
    public async Task Refuses_bad_input_with_a_field_error(string query, string field)
    {
        using var admin = await api.AdminAsync();
        var response = await admin.GetAsync("/api/v1/search?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Needs_a_signed_in_caller()
    {
        using var anonymous = api.Anonymous();
        (await anonymous.GetAsync("/api/v1/search?q=server")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Assets;

public sealed class AssetTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var r = await client.PostAsJsonAsync(path, body);
        if (r.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST {path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return (await Json(r)).GetProperty("id").GetGuid();
    }

    private static IEnumerable<string> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()!);

    [Fact]
    public async Task Asset_list_shows_each_assets_lowest_ip_address_and_its_hostname()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Asset IPs " + Guid.NewGuid().ToString("N")[..6]);
        var server = await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "server", name = "FS01" });
        var printer = await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "printer", name = "PR01" });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "workstation", name = "WS01" });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/subnets", new { network = "10.0.0.0/24", name = "LAN" });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/subnets", new { network = "fd00::/64", name = "LAN v6" });
        // Numerically 10.0.0.9 is lower than 10.0.0.10 (as text it is not); IPv4 comes before IPv6; the hostname of the
        // primary address wins, and an asset whose primary address has none takes the first named address's.
        await CreateAsync(admin, $"/api/v1/orgs/{org}/ip-addresses", new { address = "10.0.0.10", hostname = "fs01-backup", assetId = server });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/ip-addresses", new { address = "10.0.0.9", hostname = "fs01.contoso.test", assetId = server });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/ip-addresses", new { address = "fd00::1", hostname = "fs01-v6", assetId = server });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/ip-addresses", new { address = "fd00::20", assetId = printer });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/ip-addresses", new { address = "10.0.0.200", assetId = printer });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/ip-addresses", new { address = "10.0.0.201", hostname = "pr01", assetId = printer });

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets?sort=-name");
        var rows = page.GetProperty("items").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => (Ip: a.GetProperty("primaryIp").GetString(), Host: a.GetProperty("hostname").GetString()));

        Names(page).ShouldBe(["WS01", "PR01", "FS01"]);
        rows["FS01"].ShouldBe(("10.0.0.9", "fs01.contoso.test"));
        rows["PR01"].ShouldBe(("10.0.0.200", "pr01"));
        rows["WS01"].ShouldBe(((string?)null, (string?)null));
    }

    [Fact]
    public async Task Assets_are_documented_with_locations_contacts_custom_types_and_filters()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Assets " + Guid.NewGuid().ToString("N")[..6]);
        var site = await CreateAsync(admin, $"/api/v1/orgs/{org}/locations", new { name = "HQ", address = "1 Main St" });
        var closet = await CreateAsync(admin, $"/api/v1/orgs/{org}/locations", new { name = "IDF 2", kind = "closet", parentId = site });
        var orphan = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/locations", new { name = "Nowhere", kind = "closet" });
        orphan.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(orphan)).GetProperty("errors").TryGetProperty("parentId", out _).ShouldBeTrue();
        var alice = await CreateAsync(admin, $"/api/v1/orgs/{org}/contacts", new { name = "Alice Admin", email = "alice@contoso.test", role = "IT lead" });

        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/asset-types", new
        {
            key = "cctv-camera", name = "CCTV camera",
            fields = new object[]
            {
                new { key = "resolution", label = "Resolution", type = "select", required = true, options = new[] { "1080p", "4K" } },
                new { key = "fps", label = "Frames per second", type = "number" },
                new { key = "poe", label = "PoE powered", type = "bool" },
                new { key = "installed", label = "Installed on", type = "date" },
                new { key = "portal", label = "Portal", type = "url" },
            },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var types = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/asset-types");
        types.EnumerateArray().Select(t => t.GetProperty("key").GetString()).ShouldContain("cctv-camera");
        types.EnumerateArray().Count(t => t.GetProperty("builtIn").GetBoolean()).ShouldBe(11);

        var invalid = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new
        {
            type = "cctv-camera", name = "Cam 1", customFields = new { fps = "fast", poe = "maybe", installed = "23/11/2026", portal = "not a url", extra = 1 },
            macAddresses = new[] { "zz:zz" }, status = "lost",
        });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(invalid)).GetProperty("errors");
        foreach (var field in new[] { "macAddresses[0]", "status" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(errors.ToString());
        var typed = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new
        {
            type = "cctv-camera", name = "Cam 1", customFields = new { fps = "fast", poe = "maybe", installed = "23/11/2026", portal = "not a url", extra = 1 },
        });
        var typedErrors = (await Json(typed)).GetProperty("errors");
        foreach (var field in new[] { "customFields.resolution", "customFields.fps", "customFields.poe", "customFields.installed", "customFields.portal", "customFields.extra" })
            typedErrors.TryGetProperty(field, out _).ShouldBeTrue(typedErrors.ToString());
        (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "spaceship", name = "x" })))
            .GetProperty("errors").TryGetProperty("type", out _).ShouldBeTrue();

        var cam = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new
        {
            type = "cctv-camera", name = "Cam 1", locationId = closet, contactId = alice, status = "active", tags = new[] { "security" },
            customFields = new { resolution = "4K", fps = "30", poe = true, installed = "2026-01-15" }, macAddresses = new[] { "AA-BB-CC-00-11-22" },
            warrantyExpires = "2027-01-31",
        });
        cam.StatusCode.ShouldBe(HttpStatusCode.Created);
        var camBody = await Json(cam);
        camBody.GetProperty("macAddresses")[0].GetString().ShouldBe("aa:bb:cc:00:11:22");
        camBody.GetProperty("customFields").GetProperty("fps").GetDecimal().ShouldBe(30m);
        var camId = camBody.GetProperty("id").GetGuid();
        var sw = await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "switch", name = "Core SW", serial = "FOC1234X", manufacturer = "Cisco", model = "C9300", locationId = site, warrantyExpires = "2030-06-30" });
        await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "laptop", name = "Laptop 7", status = "spare", tags = new[] { "loaner" } });

        string Q(string query) => $"/api/v1/orgs/{org}/assets?{query}";
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("type=switch"))).ShouldBe(["Core SW"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("status=spare"))).ShouldBe(["Laptop 7"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q($"locationId={closet}"))).ShouldBe(["Cam 1"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("tag=loaner"))).ShouldBe(["Laptop 7"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("warrantyBefore=2028-01-01"))).ShouldBe(["Cam 1"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=foc12"))).ShouldBe(["Core SW"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=aabb.cc00.1122"))).ShouldBe(["Cam 1"]);
        // One search over name, serial, manufacturer and model, case-insensitive, wildcards literal, never across two fields
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=cISCO"))).ShouldBe(["Core SW"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=c9300"))).ShouldBe(["Core SW"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=laptop"))).ShouldBe(["Laptop 7"]);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=%25"))).ShouldBeEmpty();
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=SWFOC"))).ShouldBeEmpty();
        var edge = await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "switch", name = "Edge SW", serial = "FOC9999Z" });
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("q=foc9999"))).ShouldBe(["Edge SW"]);
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/assets/{edge}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Names(await admin.GetFromJsonAsync<JsonElement>(Q("sort=-name"))).ShouldBe(["Laptop 7", "Core SW", "Cam 1"]);
        (await admin.GetAsync(Q("status=lost"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Interfaces and relations; the detail shows both.
        var iface = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets/{sw}/interfaces", new { name = "Gi1/0/1", macAddress = "00:11:22:33:44:55" });
        iface.StatusCode.ShouldBe(HttpStatusCode.Created, await iface.Content.ReadAsStringAsync());
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets/{sw}/interfaces", new { name = "gi1/0/1" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets/{camId}/relations", new { toAssetId = sw, kind = "connected-to" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets/{camId}/relations", new { toAssetId = sw, kind = "connected-to" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{sw}");
        detail.GetProperty("interfaces")[0].GetProperty("name").GetString().ShouldBe("Gi1/0/1");
        var relation = detail.GetProperty("relations")[0];
        relation.GetProperty("direction").GetString().ShouldBe("incoming");
        relation.GetProperty("otherAssetName").GetString().ShouldBe("Cam 1");
        detail.GetProperty("asset").GetProperty("macAddresses")[0].GetString().ShouldBe("00:11:22:33:44:55");

        // Another org's asset cannot be related.
        var other = await OrgWorld.CreateOrgAsync(admin, "Assets other " + Guid.NewGuid().ToString("N")[..6]);
        var foreign = await CreateAsync(admin, $"/api/v1/orgs/{other}/assets", new { type = "server", name = "Foreign" });
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets/{sw}/relations", new { toAssetId = foreign, kind = "depends-on" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/v1/orgs/{org}/assets/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Optimistic concurrency, partial custom-field update, delete.
        var etag = (await admin.GetAsync($"/api/v1/orgs/{org}/assets/{camId}")).Headers.ETag!;
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{org}/assets/{camId}") { Content = JsonContent.Create(new { customFields = new { fps = 25 } }) })
        {
            patch.Headers.IfMatch.Add(etag);
            var patched = await Json(await admin.SendAsync(patch));
            patched.GetProperty("customFields").GetProperty("fps").GetDecimal().ShouldBe(25m);
            patched.GetProperty("customFields").GetProperty("resolution").GetString().ShouldBe("4K");
        }
        using (var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{org}/assets/{camId}") { Content = JsonContent.Create(new { name = "x" }) })
        {
            stale.Headers.IfMatch.Add(etag);
            (await admin.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        }
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/locations/{closet}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var cleared = await Json(await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/assets/{camId}", new { clear = new[] { "locationId", "warrantyExpires" } }));
        cleared.GetProperty("locationId").ValueKind.ShouldBe(JsonValueKind.Null);
        cleared.GetProperty("warrantyExpires").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/assets/{camId}", new { clear = new[] { "name" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/locations/{closet}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var contacts = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/contacts?q=alice");
        contacts.GetProperty("items")[0].GetProperty("email").GetString().ShouldBe("alice@contoso.test");
    }

    [Fact]
    public async Task A_ci_key_with_assets_read_pulls_an_org_incrementally()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Assets CI " + Guid.NewGuid().ToString("N")[..6]);
        for (var i = 0; i < 7; i++)
            await CreateAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "workstation", name = $"PC-{i:00}" });
        var key = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "CI export", scopes = new[] { "assets.read" } }));
        using var anonymous = api.Anonymous();
        var token = await Json(await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.GetProperty("clientId").GetString()!, ["client_secret"] = key.GetProperty("clientSecret").GetString()!,
        })));
        using var ci = api.Anonymous();
        ci.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());

        async Task<(List<string> Names, DateTimeOffset Latest)> PullAsync(DateTimeOffset? since)
        {
            var names = new List<string>();
            var latest = since ?? DateTimeOffset.MinValue;
            string? cursor = null;
            do
            {
                var url = $"/api/v1/orgs/{org}/assets?sort=updatedAt&limit=3" + (since is { } s ? $"&updatedSince={Uri.EscapeDataString(s.ToString("O"))}" : "") + (cursor is null ? "" : $"&cursor={cursor}");
                var page = await ci.GetFromJsonAsync<JsonElement>(url);
                foreach (var a in page.GetProperty("items").EnumerateArray())
                {
                    names.Add(a.GetProperty("name").GetString()!);
                    var updated = a.GetProperty("updatedAt").GetDateTimeOffset();
                    if (updated > latest) latest = updated;
                }
                cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
            }
            while (cursor is not null);
            return (names, latest);
        }

        var first = await PullAsync(null);
        first.Names.Count.ShouldBe(7);
        var changed = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets?q=PC-03")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await Task.Delay(20);
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/assets/{changed}", new { status = "in-repair" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await PullAsync(first.Latest.AddTicks(10));
        second.Names.ShouldBe(["PC-03"]);
        (await ci.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "nope" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

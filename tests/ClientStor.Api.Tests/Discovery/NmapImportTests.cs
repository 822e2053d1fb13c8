using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Discovery;

public sealed class NmapImportTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static string Scan => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Discovery", "data", "loopback-scan.xml"));

    private static StringContent Xml(string text) => new(text, Encoding.UTF8, "application/xml");

    private static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<(HttpClient Admin, Guid Org)> OrgWithLoopbackSubnetAsync()
    {
        var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Discovery " + Guid.NewGuid().ToString("N")[..6]);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/subnets", new { network = "127.0.0.0/8", name = "Loopback" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (admin, org);
    }

    [Fact]
    public async Task A_real_scan_plans_in_a_dry_run_creates_once_and_then_is_unchanged()
    {
        var (admin, org) = await OrgWithLoopbackSubnetAsync();
        using var _ = admin;
        var plan = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/discovery/nmap?dryRun=true", Xml(Scan)));
        plan.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        plan.GetProperty("hosts").GetInt32().ShouldBe(2);
        plan.GetProperty("created").GetInt32().ShouldBe(2);
        var localhost = plan.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("address").GetString() == "127.0.0.1");
        localhost.GetProperty("hostname").GetString().ShouldBe("localhost");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets")).GetProperty("items").GetArrayLength().ShouldBe(0);

        var written = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/discovery/nmap", Xml(Scan)));
        written.GetProperty("created").GetInt32().ShouldBe(2);
        var assets = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets");
        assets.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order().ShouldBe(["127.0.0.2", "localhost"]);
        var web = assets.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "127.0.0.2");
        web.GetProperty("notes").GetString()!.ShouldContain("18080/tcp http");
        var ips = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/ip-addresses");
        ips.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("address").GetString()).ShouldBe(["127.0.0.1", "127.0.0.2"]);

        var again = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/discovery/nmap", Xml(Scan)));
        again.GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("items")[0].GetProperty("matchedBy").GetString().ShouldBe("ip");
    }

    [Fact]
    public async Task Hosts_match_by_mac_first_and_disagreeing_matches_are_conflicts()
    {
        var (admin, org) = await OrgWithLoopbackSubnetAsync();
        using var _ = admin;
        var printer = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "printer", name = "Reception printer", macAddresses = new[] { "02:00:5e:10:00:01" } });
        printer.StatusCode.ShouldBe(HttpStatusCode.Created);
        var printerId = (await printer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "localhost", macAddresses = new[] { "02:00:5e:10:00:99" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The real report with MAC addresses added to its two hosts (loopback has none).
        var scan = Scan.Replace("<address addr=\"127.0.0.2\" addrtype=\"ipv4\"/>",
                "<address addr=\"127.0.0.2\" addrtype=\"ipv4\"/>\n<address addr=\"02:00:5E:10:00:01\" addrtype=\"mac\" vendor=\"Acme\"/>")
            .Replace("<address addr=\"127.0.0.1\" addrtype=\"ipv4\"/>",
                "<address addr=\"127.0.0.1\" addrtype=\"ipv4\"/>\n<address addr=\"02:00:5E:10:00:01\" addrtype=\"mac\" vendor=\"Acme\"/>");
        var result = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/discovery/nmap", Xml(scan)));
        var items = result.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("address").GetString()!);
        // 127.0.0.1 says MAC = the printer but hostname = "localhost", another asset: a conflict, nothing changes.
        items["127.0.0.1"].GetProperty("action").GetString().ShouldBe("conflict");
        items["127.0.0.1"].GetProperty("notes")[0].GetString()!.ShouldContain("Reception printer");
        // 127.0.0.2 is the printer by MAC: its IP gets documented on it.
        items["127.0.0.2"].GetProperty("action").GetString().ShouldBe("updated");
        items["127.0.0.2"].GetProperty("matchedBy").GetString().ShouldBe("mac");
        items["127.0.0.2"].GetProperty("assetId").GetGuid().ShouldBe(printerId);
        var ips = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/ip-addresses?assetId={printerId}");
        ips.GetProperty("items")[0].GetProperty("address").GetString().ShouldBe("127.0.0.2");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets")).GetProperty("items").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Non_nmap_malformed_and_entity_laden_xml_is_refused()
    {
        var (admin, org) = await OrgWithLoopbackSubnetAsync();
        using var _ = admin;
        string Url() => $"/api/v1/orgs/{org}/discovery/nmap";
        var notNmap = await admin.PostAsync(Url(), Xml("<?xml version=\"1.0\"?><catalog><book/></catalog>"));
        notNmap.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notNmap.Content.ReadAsStringAsync()).ShouldContain("not nmap XML");
        (await admin.PostAsync(Url(), Xml("<nmaprun><host><status state=\"up\"/>"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
                     "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><nmaprun><host><status state=\"up\"/><address addr=\"127.0.0.9\" addrtype=\"ipv4\"/><hostnames><hostname name=\"&lol3;\"/></hostnames></host></nmaprun>";
        (await admin.PostAsync(Url(), Xml(laughs))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><nmaprun><host><status state=\"up\"/><address addr=\"127.0.0.9\" addrtype=\"ipv4\"/><hostnames><hostname name=\"&xxe;\"/></hostnames></host></nmaprun>";
        var xxeResponse = await admin.PostAsync(Url(), Xml(xxe));
        xxeResponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await xxeResponse.Content.ReadAsStringAsync()).ShouldNotContain("root:");
        (await admin.PostAsJsonAsync(Url(), new { hosts = 1 })).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}

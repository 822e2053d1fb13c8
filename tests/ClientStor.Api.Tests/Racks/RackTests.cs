using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Tests.Tenancy;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Racks;

public sealed class RackTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<Guid> IdAsync(HttpResponseMessage r)
    {
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await Json(r)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Placements_collide_by_unit_and_face_and_the_elevation_shows_them()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Racks " + Guid.NewGuid().ToString("N")[..6]);
        var rack = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks", new { name = "R1", heightU = 12 }));
        var server = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "SRV-A" }));
        var other = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "SRV-B" }));
        var patch = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "other", name = "Cable mgmt" }));

        await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = server, positionU = 5, heightU = 2 }));
        var clash = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = other, positionU = 6, heightU = 1 });
        clash.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(clash)).GetProperty("detail").GetString()!.ShouldContain("SRV-A");
        var tooHigh = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = other, positionU = 12, heightU = 2 });
        tooHigh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = other, positionU = 7, heightU = 1 }));
        // Half-depth devices share a unit front and rear; not with a full-depth one.
        await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = patch, positionU = 1, heightU = 1, face = "rear", fullDepth = false }));

        var elevation = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/racks/{rack}/elevation");
        var units = elevation.GetProperty("units").EnumerateArray().ToList();
        units.Count.ShouldBe(12);
        units[0].GetProperty("u").GetInt32().ShouldBe(12);
        var u6 = units.Single(u => u.GetProperty("u").GetInt32() == 6);
        u6.GetProperty("front").GetGuid().ShouldBe(u6.GetProperty("rear").GetGuid());
        var u1 = units.Single(u => u.GetProperty("u").GetInt32() == 1);
        u1.GetProperty("front").ValueKind.ShouldBe(JsonValueKind.Null);
        u1.GetProperty("rear").ValueKind.ShouldNotBe(JsonValueKind.Null);
        elevation.GetProperty("rack").GetProperty("usedU").GetInt32().ShouldBe(4);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{server}");
        detail.GetProperty("rack").GetProperty("rackName").GetString().ShouldBe("R1");
        detail.GetProperty("rack").GetProperty("positionU").GetInt32().ShouldBe(5);

        // Moving an asset: an asset is in one rack position at a time.
        var moved = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = other, positionU = 10, heightU = 1 });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/racks/{rack}/elevation")).GetProperty("placements").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task A_patch_port_has_one_connection_and_an_interface_sits_on_one_port()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Panels " + Guid.NewGuid().ToString("N")[..6]);
        var a = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name = "PP-A", portCount = 24 }));
        var b = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name = "PP-B", portCount = 12 }));
        a.GetProperty("ports").GetArrayLength().ShouldBe(24);
        var panelA = a.GetProperty("id").GetGuid();
        var panelB = b.GetProperty("id").GetGuid();
        var portB3 = b.GetProperty("ports")[2].GetProperty("id").GetGuid();
        var sw = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "switch", name = "SW1" }));
        var gi = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets/{sw}/interfaces", new { name = "Gi1/0/1" }));

        var linked = await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/1", new { portId = portB3, label = "Desk 101" });
        linked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var port1 = (await Json(linked)).GetProperty("ports")[0];
        port1.GetProperty("label").GetString().ShouldBe("Desk 101");
        port1.GetProperty("connectedTo").GetString().ShouldBe("PP-B port 3");

        var busy = await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/1", new { interfaceId = gi });
        busy.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(busy)).GetProperty("detail").GetString()!.ShouldContain("PP-B port 3");
        (await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/2", new { portId = portB3 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/2", new { interfaceId = gi })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var twice = await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/3", new { interfaceId = gi });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(twice)).GetProperty("detail").GetString()!.ShouldContain("SW1 Gi1/0/1 is already patched to PP-A port 2");

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/1/connection")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var panels = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/patch-panels");
        var bAfter = panels.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == panelB);
        bAfter.GetProperty("ports")[2].GetProperty("connectedTo").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/99", new { label = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

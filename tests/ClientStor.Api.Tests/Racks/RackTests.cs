using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var bAfter = panels.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == panelB);
        bAfter.GetProperty("ports")[2].GetProperty("connectedTo").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/99", new { label = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static HttpRequestMessage DeleteWithIfMatch(string url, string etag) => new(HttpMethod.Delete, url) { Headers = { IfMatch = { EntityTagHeaderValue.Parse(etag) } } };

    private static async Task<(List<string> Names, string? Next)> PageAsync(HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        var next = page.GetProperty("nextCursor");
        return (page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList(), next.ValueKind == JsonValueKind.Null ? null : next.GetString());
    }

    [Fact]
    public async Task Racks_and_patch_panels_are_paged_lists_by_name()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Rack pages " + Guid.NewGuid().ToString("N")[..6]);
        var site = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/locations", new { name = "DC1" }));
        foreach (var name in new[] { "R3", "R1", "R2" })
            await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks", new { name, heightU = 42, locationId = name == "R2" ? site : (Guid?)null }));
        foreach (var name in new[] { "PP-C", "PP-A", "PP-B" })
            await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name, portCount = 2 }));

        var racks = $"/api/v1/orgs/{org}/racks";
        var (first, next) = await PageAsync(admin, $"{racks}?limit=2");
        first.ShouldBe(["R1", "R2"]);
        next.ShouldNotBeNull();
        var (second, end) = await PageAsync(admin, $"{racks}?limit=2&cursor={Uri.EscapeDataString(next)}");
        second.ShouldBe(["R3"]);
        end.ShouldBeNull();
        (await PageAsync(admin, $"{racks}?sort=-name&limit=1")).Names.ShouldBe(["R3"]);
        (await PageAsync(admin, $"{racks}?locationId={site}")).Names.ShouldBe(["R2"]);
        (await PageAsync(admin, $"{racks}?q=r3")).Names.ShouldBe(["R3"]);
        (await admin.GetAsync($"{racks}?limit=2&cursor=garbage")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var panels = $"/api/v1/orgs/{org}/patch-panels";
        var (panelPage, panelNext) = await PageAsync(admin, $"{panels}?limit=2");
        panelPage.ShouldBe(["PP-A", "PP-B"]);
        var (lastPanels, panelEnd) = await PageAsync(admin, $"{panels}?limit=2&cursor={Uri.EscapeDataString(panelNext!)}");
        lastPanels.ShouldBe(["PP-C"]);
        panelEnd.ShouldBeNull();
        var withPorts = await admin.GetFromJsonAsync<JsonElement>($"{panels}?q=pp-c");
        withPorts.GetProperty("items")[0].GetProperty("ports").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Ids_of_another_organisation_in_bodies_are_refused_with_field_errors()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Rack refs " + Guid.NewGuid().ToString("N")[..6]);
        var other = await OrgWorld.CreateOrgAsync(admin, "Rack other " + Guid.NewGuid().ToString("N")[..6]);
        var theirSite = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/locations", new { name = "Their DC" }));
        var theirRack = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/racks", new { name = "Their rack" }));
        var theirAsset = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/assets", new { type = "server", name = "Theirs" }));
        var theirPanel = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/patch-panels", new { name = "Their panel", portCount = 1 }));

        var rack = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks", new { name = "R1", locationId = theirSite });
        rack.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(rack)).GetProperty("errors").GetProperty("locationId")[0].GetString()!.ShouldContain("in this organisation");
        var panel = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name = "PP", rackId = theirRack });
        panel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(panel)).GetProperty("errors").TryGetProperty("rackId", out _).ShouldBeTrue();

        var mine = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks", new { name = "R1" }));
        var placed = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{mine}/placements", new { assetId = theirAsset, positionU = 1 });
        placed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(placed)).GetProperty("errors").TryGetProperty("assetId", out _).ShouldBeTrue();
        var myPanel = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name = "PP", portCount = 2 }));
        var port = await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{myPanel}/ports/1", new { portId = theirPanel.GetProperty("ports")[0].GetProperty("id").GetGuid() });
        port.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(port)).GetProperty("errors").TryGetProperty("portId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Unmounting_and_disconnecting_honour_If_Match_and_are_audited_on_the_rack_and_the_port()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Rack etags " + Guid.NewGuid().ToString("N")[..6]);
        var rack = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks", new { name = "R1", heightU = 10 }));
        var server = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "SRV" }));
        var mounted = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = server, positionU = 1 });
        var placement = await Json(mounted);
        mounted.Headers.ETag!.Tag.ShouldBe(placement.GetProperty("etag").GetString());
        var moved = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = server, positionU = 3 });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var placementUrl = $"/api/v1/orgs/{org}/racks/{rack}/placements/{placement.GetProperty("id").GetGuid()}";
        (await admin.SendAsync(DeleteWithIfMatch(placementUrl, placement.GetProperty("etag").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.SendAsync(DeleteWithIfMatch(placementUrl, moved.Headers.ETag!.Tag))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var a = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name = "PP-A", portCount = 2 }));
        var b = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/patch-panels", new { name = "PP-B", portCount = 2 }));
        var panelA = a.GetProperty("id").GetGuid();
        var linked = await Json(await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/1", new { portId = b.GetProperty("ports")[1].GetProperty("id").GetGuid() }));
        var linkedEtag = linked.GetProperty("ports")[0].GetProperty("etag").GetString()!;
        linkedEtag.ShouldNotBe(a.GetProperty("ports")[0].GetProperty("etag").GetString());
        var labelled = await Json(await admin.PutAsJsonAsync($"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/1", new { label = "Desk 7" }));
        var connection = $"/api/v1/orgs/{org}/patch-panels/{panelA}/ports/1/connection";
        var stale = await admin.SendAsync(DeleteWithIfMatch(connection, linkedEtag));
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.SendAsync(DeleteWithIfMatch(connection, labelled.GetProperty("ports")[0].GetProperty("etag").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var panels = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/patch-panels");
        panels.GetProperty("items").EnumerateArray().SelectMany(p => p.GetProperty("ports").EnumerateArray())
            .ShouldAllBe(p => p.GetProperty("connectedPortId").ValueKind == JsonValueKind.Null);

        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.OrgId == org && (e.TargetType == "rack" || e.TargetType == "patch_panel" || e.TargetType == "patch_port")).OrderBy(e => e.Id).ToListAsync();
        rows.Select(r => r.Action).ShouldBe(["rack.created", "rack.asset_placed", "rack.asset_placed", "rack.asset_removed",
            "patch_panel.created", "patch_panel.created", "patch_port.updated", "patch_port.updated", "patch_port.disconnected"]);
        rows.Where(r => r.Action.StartsWith("rack.", StringComparison.Ordinal)).ShouldAllBe(r => r.TargetId == rack.ToString());
    }

    private static HttpRequestMessage MoveRequest(string url, string etag, object body) =>
        new(HttpMethod.Put, url) { Content = JsonContent.Create(body), Headers = { IfMatch = { EntityTagHeaderValue.Parse(etag) } } };

    [Fact]
    public async Task A_patch_panel_takes_units_on_one_face_shares_none_with_a_device_and_is_drawn_in_the_elevation()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Panel units " + Guid.NewGuid().ToString("N")[..6]);
        var other = await OrgWorld.CreateOrgAsync(admin, "Panel other " + Guid.NewGuid().ToString("N")[..6]);
        var rack = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks", new { name = "R1", heightU = 12 }));
        var theirRack = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/racks", new { name = "Their rack" }));
        var server = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "SRV-A" }));
        var shelf = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "other", name = "Shelf" }));
        var sw = await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "switch", name = "SW1" }));
        await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = server, positionU = 5, heightU = 2 }));
        var panels = $"/api/v1/orgs/{org}/patch-panels";

        // A panel on a full-depth device's unit: 409 naming the device; outside the rack or without a rack: 400.
        var onServer = await admin.PostAsJsonAsync(panels, new { name = "PP-X", portCount = 24, rackId = rack, positionU = 6, face = "rear" });
        onServer.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(onServer)).GetProperty("detail").GetString()!.ShouldContain("SRV-A");
        var tooHigh = await admin.PostAsJsonAsync(panels, new { name = "PP-X", rackId = rack, positionU = 12, heightU = 2 });
        tooHigh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(tooHigh)).GetProperty("errors").TryGetProperty("positionU", out _).ShouldBeTrue();
        var noRack = await admin.PostAsJsonAsync(panels, new { name = "PP-X", positionU = 3 });
        noRack.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(noRack)).GetProperty("errors").TryGetProperty("positionU", out _).ShouldBeTrue();
        (await admin.PostAsJsonAsync(panels, new { name = "PP-X", rackId = theirRack, positionU = 3 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var created = await admin.PostAsJsonAsync(panels, new { name = "PP-A", portCount = 24, rackId = rack, positionU = 10 });
        var panel = await Json(created);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        panel.GetProperty("positionU").GetInt32().ShouldBe(10);
        panel.GetProperty("heightU").GetInt32().ShouldBe(1);
        panel.GetProperty("face").GetString().ShouldBe("front");
        var panelId = panel.GetProperty("id").GetGuid();

        // A device on the panel's unit: 409 naming the panel; a half-depth one at the rear shares it.
        var onPanel = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = sw, positionU = 10 });
        onPanel.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(onPanel)).GetProperty("detail").GetString()!.ShouldContain("PP-A");
        await IdAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/racks/{rack}/placements", new { assetId = shelf, positionU = 10, face = "rear", fullDepth = false }));
        (await admin.PostAsJsonAsync(panels, new { name = "PP-B", rackId = rack, positionU = 10 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var elevation = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/racks/{rack}/elevation");
        var drawn = elevation.GetProperty("panels").EnumerateArray().Single();
        drawn.GetProperty("name").GetString().ShouldBe("PP-A");
        drawn.GetProperty("portCount").GetInt32().ShouldBe(24);
        drawn.GetProperty("connectedPorts").GetInt32().ShouldBe(0);
        var u10 = elevation.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("u").GetInt32() == 10);
        u10.GetProperty("frontPanel").GetGuid().ShouldBe(panelId);
        u10.GetProperty("rearPanel").ValueKind.ShouldBe(JsonValueKind.Null);
        u10.GetProperty("front").ValueKind.ShouldBe(JsonValueKind.Null);
        u10.GetProperty("rear").ValueKind.ShouldNotBe(JsonValueKind.Null);
        elevation.GetProperty("rack").GetProperty("usedU").GetInt32().ShouldBe(3);

        // Moving: If-Match, the same checks, another organisation's panel or rack is not reachable.
        var move = $"{panels}/{panelId}/position";
        var etag = panel.GetProperty("etag").GetString()!;
        (await admin.SendAsync(MoveRequest(move, etag, new { rackId = rack, positionU = 5 }))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.SendAsync(MoveRequest(move, etag, new { rackId = theirRack, positionU = 1 }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.SendAsync(MoveRequest($"/api/v1/orgs/{other}/patch-panels/{panelId}/position", etag, new { positionU = (int?)null })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var moved = await admin.SendAsync(MoveRequest(move, etag, new { rackId = rack, positionU = 11, heightU = 2, face = "rear" }));
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var after = await Json(moved);
        after.GetProperty("positionU").GetInt32().ShouldBe(11);
        after.GetProperty("face").GetString().ShouldBe("rear");
        moved.Headers.ETag!.Tag.ShouldBe(after.GetProperty("etag").GetString());
        (await admin.SendAsync(MoveRequest(move, etag, new { rackId = rack }))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var units = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/racks/{rack}/elevation")).GetProperty("units").EnumerateArray().ToList();
        units.Where(u => u.GetProperty("rearPanel").ValueKind != JsonValueKind.Null).Select(u => u.GetProperty("u").GetInt32()).ShouldBe([12, 11]);
        units.ShouldAllBe(u => u.GetProperty("frontPanel").ValueKind == JsonValueKind.Null);
        // Unpositioned: still in the rack, no longer drawn.
        (await admin.SendAsync(MoveRequest(move, after.GetProperty("etag").GetString()!, new { rackId = rack }))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/racks/{rack}/elevation")).GetProperty("panels").GetArrayLength().ShouldBe(0);

        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.OrgId == org && e.TargetType == "patch_panel").OrderBy(e => e.Id).ToListAsync();
        rows.Select(r => r.Action).ShouldBe(["patch_panel.created", "patch_panel.updated", "patch_panel.updated"]);
        rows.ShouldAllBe(r => r.TargetId == panelId.ToString());
        JsonDocument.Parse(rows[1].Details!).RootElement.GetProperty("after").GetProperty("positionU").GetInt32().ShouldBe(11);
    }
}

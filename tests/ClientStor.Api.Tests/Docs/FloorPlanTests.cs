using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;
using Npgsql;
using SkiaSharp;

namespace ClientStor.Api.Tests.Docs;

/// <summary>
/// Floor plans: a drawing uploaded as an image, SVG, PDF (first page rendered with poppler) or MagicPlan export (rooms read,
/// the floor drawn as SVG, no DTD), served as an inert image; pins on the organisation's assets, racks and patch ports,
/// versioned with restore; the asset page's "which plans pin this".
/// </summary>
public sealed class FloorPlanTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";

    private const string MagicPlanXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <plan name="Test office" interiorWallWidth="0.1">
          <values><value key="address">1 Test Street</value></values>
          <floor floorType="0" uid="ground">
            <floorRoom uid="r1" type="Reception" x="0" y="0" area="20" perimeter="18">
              <point snappedX="0" snappedY="0"/><point snappedX="5" snappedY="0"/><point snappedX="5" snappedY="4"/><point snappedX="0" snappedY="4"/>
            </floorRoom>
            <floorRoom uid="r2" type="Lab &amp; &lt;b&gt;test&lt;/b&gt;" x="5" y="0" area="12.25" perimeter="14">
              <point snappedX="0" snappedY="0"/><point snappedX="3.5" snappedY="0"/><point snappedX="3.5" snappedY="3.5"/><point snappedX="0" snappedY="3.5"/>
            </floorRoom>
          </floor>
          <floor floorType="1" uid="first">
            <floorRoom uid="r3" type="Server room" x="0" y="0" area="9" perimeter="12">
              <point snappedX="0" snappedY="0"/><point snappedX="3" snappedY="0"/><point snappedX="3" snappedY="3"/><point snappedX="0" snappedY="3"/>
            </floorRoom>
          </floor>
        </plan>
        """;

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<(HttpClient Admin, Guid Org, string Plans)> OrgAsync(string name)
    {
        var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, name + " " + Guid.NewGuid().ToString("N")[..6]);
        return (admin, org, $"/api/v1/orgs/{org}/docs/floor-plans");
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string plans, JsonElement plan, string fileName, byte[] bytes, string type, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{plans}/{plan.GetProperty("id")}/drawing?fileName={Uri.EscapeDataString(fileName)}{query}")
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(plan.GetProperty("etag").GetString()!));
        return client.SendAsync(request);
    }

    private static HttpRequestMessage WithEtag(HttpMethod method, string path, object? body, string etag)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.LightSteelBlue);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A real one-page A4 PDF with a rectangle and a word on it.</summary>
    private static byte[] Pdf()
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(595, 842);
            using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 4 };
            canvas.DrawRect(50, 50, 495, 742, paint);
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    private static async Task AssertInertImageAsync(HttpResponseMessage response, string type)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(Policy);
    }

    [Fact]
    public async Task A_plan_takes_an_image_an_svg_or_a_pdf_and_serves_the_drawing_as_an_inert_image()
    {
        var (admin, org, plans) = await OrgAsync("Floor plan formats");
        using var _admin = admin;
        var location = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/locations", new { name = "HQ", kind = "site" }))).GetProperty("id").GetGuid();
        var plan = await Json(await admin.PostAsJsonAsync(plans, new { name = "HQ 2nd floor", locationId = location, level = "2nd floor" }));
        plan.GetProperty("revision").GetInt32().ShouldBe(0);
        plan.GetProperty("drawing").ValueKind.ShouldBe(JsonValueKind.Null);
        plan.GetProperty("locationName").GetString().ShouldBe("HQ");
        var id = plan.GetProperty("id").GetGuid();
        (await admin.GetAsync($"{plans}/{id}/drawing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        plan = await Json(await Upload(admin, plans, plan, "scan.png", Png(800, 600), "image/png"));
        plan.GetProperty("revision").GetInt32().ShouldBe(1);
        plan.GetProperty("drawing").GetProperty("sourceKind").GetString().ShouldBe("image");
        plan.GetProperty("drawing").GetProperty("width").GetInt32().ShouldBe(800);
        plan.GetProperty("drawing").GetProperty("height").GetInt32().ShouldBe(600);
        await AssertInertImageAsync(await admin.GetAsync($"{plans}/{id}/drawing"), "image/png");

        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 800\"><script>alert(1)</script><rect width=\"1200\" height=\"800\" fill=\"#eee\"/></svg>";
        plan = await Json(await Upload(admin, plans, plan, "floor.svg", Encoding.UTF8.GetBytes(svg), "image/svg+xml", "&summary=Architect's SVG"));
        plan.GetProperty("drawing").GetProperty("sourceKind").GetString().ShouldBe("svg");
        plan.GetProperty("drawing").GetProperty("width").GetInt32().ShouldBe(1200);
        var served = await admin.GetAsync($"{plans}/{id}/drawing");
        await AssertInertImageAsync(served, "image/svg+xml");
        (await served.Content.ReadAsStringAsync()).ShouldBe(svg); // as uploaded: inert only through <img> and the sandbox

        plan = await Json(await Upload(admin, plans, plan, "architect.pdf", Pdf(), "application/pdf"));
        var drawing = plan.GetProperty("drawing");
        drawing.GetProperty("sourceKind").GetString().ShouldBe("pdf");
        drawing.GetProperty("displayType").GetString().ShouldBe("image/png");
        drawing.GetProperty("width").GetInt32().ShouldBeInRange(1238, 1242); // A4 at 150 dpi
        drawing.GetProperty("height").GetInt32().ShouldBeInRange(1752, 1756);
        var rendered = await admin.GetAsync($"{plans}/{id}/drawing");
        await AssertInertImageAsync(rendered, "image/png");
        using (var bitmap = SKBitmap.Decode(await rendered.Content.ReadAsByteArrayAsync()))
            bitmap.Width.ShouldBe(drawing.GetProperty("width").GetInt32());
        var original = await admin.GetAsync($"{plans}/{id}/drawing/original");
        original.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        original.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        original.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("architect.pdf");

        // A PDF poppler cannot read, an SVG with a DTD, a text file: refused plainly; nothing changes.
        var broken = await Upload(admin, plans, plan, "broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a PDF\n%%EOF"), "application/pdf");
        broken.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        broken.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await broken.Content.ReadAsStringAsync()).ShouldContain("PDF could not be rendered");
        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">&x;</svg>";
        (await Upload(admin, plans, plan, "dtd.svg", Encoding.UTF8.GetBytes(dtd), "image/svg+xml")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Upload(admin, plans, plan, "notes.txt", "hello"u8.ToArray(), "text/plain")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Upload(admin, plans, plan, "fake.png", "not a picture"u8.ToArray(), "image/png")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var revisions = await Json(await admin.GetAsync($"{plans}/{id}/revisions"));
        revisions.GetProperty("items").EnumerateArray().Select(r => (r.GetProperty("number").GetInt32(), r.GetProperty("sourceKind").GetString()))
            .ShouldBe([(3, "pdf"), (2, "svg"), (1, "image")]);
        revisions.GetProperty("items")[1].GetProperty("summary").GetString().ShouldBe("Architect's SVG");
        await AssertInertImageAsync(await admin.GetAsync($"{plans}/{id}/revisions/1/drawing"), "image/png");

        var list = await Json(await admin.GetAsync($"{plans}?locationId={location}"));
        list.GetProperty("items").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("level").GetString(), p.GetProperty("sourceKind").GetString()))
            .ShouldBe([("HQ 2nd floor", "2nd floor", "pdf")]);
    }

    [Fact]
    public async Task A_magicplan_export_as_xml_or_zip_gives_its_rooms_and_a_drawn_svg()
    {
        var (admin, _, plans) = await OrgAsync("Floor plan MagicPlan");
        using var _admin = admin;
        var plan = await Json(await admin.PostAsJsonAsync(plans, new { name = "Office" }));
        var id = plan.GetProperty("id").GetGuid();

        plan = await Json(await Upload(admin, plans, plan, "office.xml", Encoding.UTF8.GetBytes(MagicPlanXml), "application/xml"));
        var drawing = plan.GetProperty("drawing");
        drawing.GetProperty("sourceKind").GetString().ShouldBe("magicplan");
        drawing.GetProperty("displayType").GetString().ShouldBe("image/svg+xml");
        drawing.GetProperty("floor").GetString().ShouldBe("Ground floor");
        drawing.GetProperty("floors").EnumerateArray().Select(f => f.GetString()).ShouldBe(["Ground floor", "Floor 1"]);
        var rooms = plan.GetProperty("rooms").EnumerateArray().ToList();
        rooms.Select(r => r.GetProperty("name").GetString()).ShouldBe(["Reception", "Lab & <b>test</b>"]);
        rooms[1].GetProperty("area").GetDouble().ShouldBe(12.25);
        rooms[0].GetProperty("perimeter").GetDouble().ShouldBe(18);
        var corners = rooms[0].GetProperty("polygon").EnumerateArray().ToList();
        corners.Count.ShouldBe(4);
        corners.ShouldAllBe(c => c.GetProperty("x").GetDouble() >= 0 && c.GetProperty("x").GetDouble() <= 1 && c.GetProperty("y").GetDouble() >= 0 && c.GetProperty("y").GetDouble() <= 1);

        var served = await admin.GetAsync($"{plans}/{id}/drawing");
        await AssertInertImageAsync(served, "image/svg+xml");
        var svg = await served.Content.ReadAsStringAsync();
        svg.ShouldContain("Reception");
        svg.ShouldContain("Lab &amp; &lt;b&gt;test&lt;/b&gt;");
        svg.ShouldNotContain("<b>");
        svg.ShouldContain("12.3 m²");
        svg.ShouldContain(" m</text>"); // the scale bar
        (await admin.GetAsync($"{plans}/{id}/drawing/original")).Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");

        // Another floor, a floor that is not there.
        plan = await Json(await Upload(admin, plans, plan, "office.xml", Encoding.UTF8.GetBytes(MagicPlanXml), "application/xml", "&floor=2"));
        plan.GetProperty("rooms").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Server room"]);
        var missing = await Upload(admin, plans, plan, "office.xml", Encoding.UTF8.GetBytes(MagicPlanXml), "application/xml", "&floor=3");
        missing.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("1 = Ground floor, 2 = Floor 1");

        // The ZIP export (with a photo beside the XML).
        using var zipBytes = new MemoryStream();
        using (var zip = new ZipArchive(zipBytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var readme = zip.CreateEntry("readme.txt").Open())
                await readme.WriteAsync("Exported from MagicPlan"u8.ToArray());
            await using (var xml = zip.CreateEntry("Office/plan.xml").Open())
                await xml.WriteAsync(Encoding.UTF8.GetBytes(MagicPlanXml));
        }
        plan = await Json(await Upload(admin, plans, plan, "office.zip", zipBytes.ToArray(), "application/zip"));
        plan.GetProperty("drawing").GetProperty("sourceKind").GetString().ShouldBe("magicplan");
        plan.GetProperty("rooms").GetArrayLength().ShouldBe(2);
        (await admin.GetAsync($"{plans}/{id}/drawing/original")).Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");

        // Search finds the plan by a room's name.
        var found = await Json(await admin.GetAsync($"{plans}?q=reception"));
        found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([id]);
        // Not a MagicPlan plan, no rooms.
        (await Upload(admin, plans, plan, "other.xml", "<nmaprun/>"u8.ToArray(), "application/xml")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Upload(admin, plans, plan, "empty.xml", "<plan name=\"x\"><floor floorType=\"0\"/></plan>"u8.ToArray(), "application/xml"))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_magicplan_export_with_a_dtd_or_external_entity_is_refused()
    {
        var (admin, _, plans) = await OrgAsync("Floor plan XXE");
        using var _admin = admin;
        var plan = await Json(await admin.PostAsJsonAsync(plans, new { name = "XXE" }));
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE plan [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <plan name="&secret;"><floor floorType="0"><floorRoom type="&secret;" area="1" perimeter="4">
              <point snappedX="0" snappedY="0"/><point snappedX="1" snappedY="0"/><point snappedX="1" snappedY="1"/>
            </floorRoom></floor></plan>
            """;
        var response = await Upload(admin, plans, plan, "evil.xml", Encoding.UTF8.GetBytes(xxe), "application/xml");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        text.ShouldContain("DTD");
        text.ShouldNotContain("root:");
        (await Json(await admin.GetAsync($"{plans}/{plan.GetProperty("id")}"))).GetProperty("revision").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Pins_name_their_items_refuse_other_organisations_and_go_with_a_deleted_asset()
    {
        var (admin, org, plans) = await OrgAsync("Floor plan pins");
        using var _admin = admin;
        var o = $"/api/v1/orgs/{org}";
        var other = await OrgWorld.CreateOrgAsync(admin, "Floor plan other " + Guid.NewGuid().ToString("N")[..6]);
        var ap = (await Json(await admin.PostAsJsonAsync($"{o}/assets", new { type = "access-point", name = "AP-LOBBY" }))).GetProperty("id").GetGuid();
        var printer = (await Json(await admin.PostAsJsonAsync($"{o}/assets", new { type = "printer", name = "PRN-1" }))).GetProperty("id").GetGuid();
        var foreign = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/assets", new { type = "server", name = "Elsewhere" }))).GetProperty("id").GetGuid();
        var rack = (await Json(await admin.PostAsJsonAsync($"{o}/racks", new { name = "R1", heightU = 42 }))).GetProperty("id").GetGuid();
        var panel = await Json(await admin.PostAsJsonAsync($"{o}/patch-panels", new { name = "PP-1", portCount = 24, rackId = rack }));
        var ports = await Json(await admin.PutAsJsonAsync($"{o}/patch-panels/{panel.GetProperty("id")}/ports/3", new { label = "Desk 3" }));
        var port = ports.GetProperty("ports").EnumerateArray().First(p => p.GetProperty("number").GetInt32() == 3).GetProperty("id").GetGuid();

        var plan = await Json(await admin.PostAsJsonAsync(plans, new { name = "Lobby" }));
        var id = plan.GetProperty("id").GetGuid();
        // Nothing to pin on before a drawing.
        (await admin.SendAsync(WithEtag(HttpMethod.Put, $"{plans}/{id}/pins", new { pins = Array.Empty<object>() }, plan.GetProperty("etag").GetString()!)))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        plan = await Json(await Upload(admin, plans, plan, "lobby.png", Png(400, 300), "image/png"));
        var pins = new object[]
        {
            new { kind = "asset", x = 0.1, y = 0.2, assetId = ap, room = "Lobby" },
            new { kind = "asset", x = 0.3, y = 0.4, assetId = printer },
            new { kind = "rack", x = 0.9, y = 0.9, rackId = rack, label = "Comms" },
            new { kind = "drop", x = 0.5, y = 0.05, label = "D-101", patchPanelPortId = port },
        };
        var etag1 = plan.GetProperty("etag").GetString()!;
        var pinned = await Json(await admin.SendAsync(WithEtag(HttpMethod.Put, $"{plans}/{id}/pins", new { pins, summary = "Pinned the lobby" }, etag1)));
        pinned.GetProperty("revision").GetInt32().ShouldBe(2);
        var got = pinned.GetProperty("pins").EnumerateArray().ToList();
        got.Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("itemName").GetString(), p.GetProperty("assetType").GetString()))
            .ShouldBe([("asset", "AP-LOBBY", "access-point"), ("asset", "PRN-1", "printer"), ("rack", "R1", null), ("drop", null, null)]);
        got[3].GetProperty("portName").GetString().ShouldBe("PP-1 port 3");
        got[0].GetProperty("room").GetString().ShouldBe("Lobby");

        // A stale etag; another organisation's asset, a missing rack, bad values: refused naming the pin.
        (await admin.SendAsync(WithEtag(HttpMethod.Put, $"{plans}/{id}/pins", new { pins }, etag1))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var etag2 = pinned.GetProperty("etag").GetString()!;
        async Task<string> Refused(object[] bad)
        {
            var response = await admin.SendAsync(WithEtag(HttpMethod.Put, $"{plans}/{id}/pins", new { pins = bad }, etag2));
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
            return text;
        }
        (await Refused([pins[0], new { kind = "asset", x = 0.5, y = 0.5, assetId = foreign }])).ShouldContain("\"pins[1].assetId\"");
        (await Refused([new { kind = "rack", x = 0.5, y = 0.5, rackId = Guid.NewGuid() }])).ShouldContain("\"pins[0].rackId\"");
        (await Refused([new { kind = "asset", x = 1.5, y = 0.5, assetId = ap }])).ShouldContain("pins[0].x");
        (await Refused([new { kind = "drop", x = 0.5, y = 0.5 }])).ShouldContain("pins[0].label");
        (await Refused([new { kind = "lamp", x = 0.5, y = 0.5 }])).ShouldContain("pins[0].kind");
        (await Refused([new { kind = "drop", x = 0.5, y = 0.5, label = new string('x', 101) }])).ShouldContain("pins[0].label");

        // The asset page: the plans that pin the access point, and where.
        var where = await Json(await admin.GetAsync($"{plans}?assetId={ap}"));
        var row = where.GetProperty("items").EnumerateArray().Single();
        row.GetProperty("id").GetGuid().ShouldBe(id);
        row.GetProperty("pinCount").GetInt32().ShouldBe(4);
        row.GetProperty("matchedPins").EnumerateArray().Select(p => (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble())).ShouldBe([(0.1, 0.2)]);
        (await Json(await admin.GetAsync($"{plans}?rackId={rack}"))).GetProperty("items").GetArrayLength().ShouldBe(1);
        (await Json(await admin.GetAsync($"{plans}?assetId={foreign}"))).GetProperty("items").GetArrayLength().ShouldBe(0);

        // Deleting the asset takes its pin away (the revision keeps its snapshot).
        (await admin.DeleteAsync($"{o}/assets/{ap}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Json(await admin.GetAsync($"{plans}?assetId={ap}"))).GetProperty("items").GetArrayLength().ShouldBe(0);
        var after = await Json(await admin.GetAsync($"{plans}/{id}"));
        after.GetProperty("pins").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldBe(["asset", "rack", "drop"]);
        var snapshot = await Json(await admin.GetAsync($"{plans}/{id}/revisions/2"));
        snapshot.GetProperty("pins").GetArrayLength().ShouldBe(4);
        snapshot.GetProperty("pins")[0].GetProperty("itemName").ValueKind.ShouldBe(JsonValueKind.Null);

        var audit = await Json(await admin.GetAsync($"{o}/audit?targetId={id}"));
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Reverse()
            .ShouldBe(["floor_plan.created", "floor_plan.drawing_replaced", "floor_plan.pins_changed"]);
    }

    [Fact]
    public async Task A_new_drawing_keeps_the_pins_and_restoring_writes_a_new_revision()
    {
        var (admin, org, plans) = await OrgAsync("Floor plan history");
        using var _admin = admin;
        var o = $"/api/v1/orgs/{org}";
        var asset = (await Json(await admin.PostAsJsonAsync($"{o}/assets", new { type = "switch", name = "SW-1" }))).GetProperty("id").GetGuid();
        var plan = await Json(await admin.PostAsJsonAsync(plans, new { name = "Warehouse" }));
        var id = plan.GetProperty("id").GetGuid();
        plan = await Json(await Upload(admin, plans, plan, "warehouse.xml", Encoding.UTF8.GetBytes(MagicPlanXml), "application/xml"));
        plan = await Json(await admin.SendAsync(WithEtag(HttpMethod.Put, $"{plans}/{id}/pins",
            new { pins = new[] { new { kind = "asset", x = 0.25, y = 0.75, assetId = asset, room = "Reception" } } }, plan.GetProperty("etag").GetString()!)));
        plan.GetProperty("revision").GetInt32().ShouldBe(2);

        // A photo of the floor at another resolution: a new revision, same pins (fractions), no rooms.
        var stale = plan.GetProperty("etag").GetString()!;
        plan = await Json(await Upload(admin, plans, plan, "photo.png", Png(1600, 1200), "image/png"));
        plan.GetProperty("revision").GetInt32().ShouldBe(3);
        plan.GetProperty("rooms").GetArrayLength().ShouldBe(0);
        plan.GetProperty("pins").EnumerateArray().Select(p => (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble(), p.GetProperty("itemName").GetString()))
            .ShouldBe([(0.25, 0.75, "SW-1")]);
        var staleUpload = await Upload(admin, plans, JsonDocument.Parse($"{{\"id\":\"{id}\",\"etag\":{JsonSerializer.Serialize(stale)}}}").RootElement, "x.png", Png(10, 10), "image/png");
        staleUpload.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        // Restoring revision 1 (the MagicPlan drawing, no pins yet) writes revision 4.
        (await admin.SendAsync(WithEtag(HttpMethod.Post, $"{plans}/{id}/revisions/1/restore", null, stale))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var restored = await Json(await admin.SendAsync(WithEtag(HttpMethod.Post, $"{plans}/{id}/revisions/1/restore", null, plan.GetProperty("etag").GetString()!)));
        restored.GetProperty("revision").GetInt32().ShouldBe(4);
        restored.GetProperty("drawing").GetProperty("sourceKind").GetString().ShouldBe("magicplan");
        restored.GetProperty("rooms").GetArrayLength().ShouldBe(2);
        restored.GetProperty("pins").GetArrayLength().ShouldBe(0);
        (await admin.PostAsync($"{plans}/{id}/revisions/4/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // Revision 2's pins come back with it.
        restored = await Json(await admin.PostAsync($"{plans}/{id}/revisions/2/restore", null));
        restored.GetProperty("pins").GetArrayLength().ShouldBe(1);
        var revisions = await Json(await admin.GetAsync($"{plans}/{id}/revisions"));
        revisions.GetProperty("items")[0].GetProperty("restoredFrom").GetInt32().ShouldBe(2);
        (await admin.GetAsync($"{plans}/{id}/revisions/9")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Metadata: If-Match; then the plan goes with its files.
        var renamed = await Json(await admin.SendAsync(WithEtag(HttpMethod.Patch, $"{plans}/{id}", new { name = "Warehouse A", level = "Ground" }, restored.GetProperty("etag").GetString()!)));
        renamed.GetProperty("revision").GetInt32().ShouldBe(5);
        (await admin.SendAsync(WithEtag(HttpMethod.Delete, $"{plans}/{id}", null, stale))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await FilesOfAsync(org)).ShouldBe(3); // the XML, its drawing, the photo
        (await admin.SendAsync(WithEtag(HttpMethod.Delete, $"{plans}/{id}", null, renamed.GetProperty("etag").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"{plans}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await FilesOfAsync(org)).ShouldBe(0);

        var audit = await Json(await admin.GetAsync($"{o}/audit?targetId={id}"));
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Reverse().ShouldBe([
            "floor_plan.created", "floor_plan.drawing_replaced", "floor_plan.pins_changed", "floor_plan.drawing_replaced", "floor_plan.restored",
            "floor_plan.restored", "floor_plan.updated", "floor_plan.deleted",
        ]);
    }

    private async Task<long> FilesOfAsync(Guid org)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM stored_files WHERE org_id = $1", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = org });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}

using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Docs;

/// <summary>
/// Draw.io diagrams: XML and SVG preview checked on the server (no DTD, no external entity), versioned like articles,
/// labels searchable, shapes linked to assets of the same organisation, the preview served as an inert image, and
/// embedded in articles as a link the SPA turns into that image.
/// </summary>
public sealed class DiagramTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Svg = ResourceWorld.DiagramSvg;

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpRequestMessage Send(HttpMethod method, string path, object? body, string etag)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue(text);
        return messages[0].GetString()!;
    }

    private async Task<(HttpClient Admin, Guid Org, string Docs)> OrgAsync(string name)
    {
        var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, name + " " + Guid.NewGuid().ToString("N")[..6]);
        return (admin, org, $"/api/v1/orgs/{org}/docs");
    }

    [Fact]
    public async Task Every_save_is_a_revision_and_restoring_writes_a_new_one_guarded_by_if_match()
    {
        var (admin, org, d) = await OrgAsync("Diagrams");
        using var _admin = admin;
        var created = await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Office LAN" }));
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("revision").GetInt32().ShouldBe(1);
        created.GetProperty("xml").GetString()!.ShouldStartWith("<mxfile>"); // an empty page until the editor saves

        var second = await Json(await admin.SendAsync(Send(HttpMethod.Patch, $"{d}/diagrams/{id}",
            new { xml = ResourceWorld.DiagramXml("Firewall"), svg = Svg, summary = "Drew the firewall" }, created.GetProperty("etag").GetString()!)));
        second.GetProperty("revision").GetInt32().ShouldBe(2);
        // A save made on revision 1 would overwrite revision 2: refused, nothing changes.
        (await admin.SendAsync(Send(HttpMethod.Patch, $"{d}/diagrams/{id}", new { xml = ResourceWorld.DiagramXml("Lost"), svg = Svg }, created.GetProperty("etag").GetString()!)))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.SendAsync(Send(HttpMethod.Delete, $"{d}/diagrams/{id}", null, created.GetProperty("etag").GetString()!)))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        // The same XML again is no revision.
        var same = await Json(await admin.SendAsync(Send(HttpMethod.Patch, $"{d}/diagrams/{id}", new { xml = ResourceWorld.DiagramXml("Firewall"), svg = Svg },
            second.GetProperty("etag").GetString()!)));
        same.GetProperty("revision").GetInt32().ShouldBe(2);

        var revisions = await Json(await admin.GetAsync($"{d}/diagrams/{id}/revisions"));
        revisions.GetProperty("items").EnumerateArray().Select(r => (r.GetProperty("number").GetInt32(), r.GetProperty("summary").GetString()))
            .ShouldBe([(2, "Drew the firewall"), (1, "Created")]);
        var first = await Json(await admin.GetAsync($"{d}/diagrams/{id}/revisions/1"));
        first.GetProperty("xml").GetString().ShouldBe(created.GetProperty("xml").GetString());

        (await admin.SendAsync(Send(HttpMethod.Post, $"{d}/diagrams/{id}/revisions/1/restore", null, created.GetProperty("etag").GetString()!)))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var restored = await Json(await admin.SendAsync(Send(HttpMethod.Post, $"{d}/diagrams/{id}/revisions/1/restore", null, same.GetProperty("etag").GetString()!)));
        restored.GetProperty("revision").GetInt32().ShouldBe(3);
        restored.GetProperty("xml").GetString().ShouldBe(first.GetProperty("xml").GetString());
        var after = await Json(await admin.GetAsync($"{d}/diagrams/{id}/revisions"));
        after.GetProperty("items")[0].GetProperty("restoredFrom").GetInt32().ShouldBe(1);
        // Restoring what is already current is a conflict, not an empty revision.
        (await admin.PostAsync($"{d}/diagrams/{id}/revisions/3/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var audit = await Json(await admin.GetAsync($"/api/v1/orgs/{org}/audit?targetId={id}"));
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Reverse()
            .ShouldBe(["diagram.created", "diagram.updated", "diagram.restored"]);
        (await admin.SendAsync(Send(HttpMethod.Delete, $"{d}/diagrams/{id}", null, restored.GetProperty("etag").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"{d}/diagrams/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Shapes_link_to_assets_of_the_same_organisation_only()
    {
        var (admin, org, d) = await OrgAsync("Diagram links");
        using var _admin = admin;
        var other = await OrgWorld.CreateOrgAsync(admin, "Diagram other " + Guid.NewGuid().ToString("N")[..6]);
        var asset = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "switch", name = "SW-CORE" }))).GetProperty("id").GetGuid();
        var foreign = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/assets", new { type = "server", name = "Elsewhere" }))).GetProperty("id").GetGuid();

        var linked = await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Core", xml = ResourceWorld.DiagramXml("Core switch", asset), svg = Svg }));
        linked.GetProperty("assetIds").EnumerateArray().Select(x => x.GetGuid()).ShouldBe([asset]);
        linked.GetProperty("linkedAssets").EnumerateArray().Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("name").GetString())).ShouldBe([(asset, "SW-CORE")]);
        // The data property links as well as the link does.
        var byData = ResourceWorld.DiagramXml("Plain").Replace("<mxCell id=\"2\"", $"<object label=\"Data\" clientstorAssetId=\"{asset}\" id=\"3\"><mxCell parent=\"1\" vertex=\"1\"/></object><mxCell id=\"2\"");
        (await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "By data", xml = byData, svg = Svg }))).GetProperty("assetIds")[0].GetGuid().ShouldBe(asset);
        // Filter: the diagrams showing an asset.
        var showing = await Json(await admin.GetAsync($"{d}/diagrams?assetId={asset}"));
        showing.GetProperty("items").GetArrayLength().ShouldBe(2);

        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Leak", xml = ResourceWorld.DiagramXml("Theirs", foreign), svg = Svg }), "xml"))
            .ShouldContain(foreign.ToString());
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Missing", xml = ResourceWorld.DiagramXml("Gone", Guid.NewGuid()), svg = Svg }), "xml"))
            .ShouldContain("No asset");
        var etag = linked.GetProperty("etag").GetString()!;
        (await admin.SendAsync(Send(HttpMethod.Patch, $"{d}/diagrams/{linked.GetProperty("id")}", new { xml = ResourceWorld.DiagramXml("Theirs", foreign), svg = Svg }, etag)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/v1/orgs/{other}/docs/diagrams/{linked.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Xml_with_a_dtd_or_external_entity_and_previews_that_are_not_svg_are_refused()
    {
        var (admin, _, d) = await OrgAsync("Diagram XXE");
        using var _admin = admin;
        const string xxe = """<?xml version="1.0"?><!DOCTYPE mxfile [<!ENTITY x SYSTEM "file:///etc/passwd">]><mxfile><diagram><mxGraphModel><root><mxCell id="0" value="&x;"/></root></mxGraphModel></diagram></mxfile>""";
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "XXE", xml = xxe, svg = Svg }), "xml")).ShouldContain("DTD");
        const string bomb = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><mxfile>&lol2;</mxfile>""";
        (await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Bomb", xml = bomb, svg = Svg })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Broken", xml = "<mxfile><diagram>", svg = Svg }), "xml")).ShouldNotBeEmpty();
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Html", xml = "<html><body/></html>", svg = Svg }), "xml")).ShouldContain("draw.io");
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Not svg", xml = ResourceWorld.DiagramXml("A"), svg = "<html><script>alert(1)</script></html>" }), "svg"))
            .ShouldContain("SVG");
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Svg dtd", xml = ResourceWorld.DiagramXml("A"),
            svg = """<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>""" }), "svg")).ShouldContain("DTD");
        (await FieldErrorAsync(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Half", xml = ResourceWorld.DiagramXml("A") }), "svg")).ShouldNotBeEmpty();
        (await Json(await admin.GetAsync($"{d}/diagrams"))).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Labels_are_searchable_as_text_even_in_compressed_pages_and_in_global_search()
    {
        var (admin, org, d) = await OrgAsync("Diagram search");
        using var _admin = admin;
        await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Rack A", xml = ResourceWorld.DiagramXml("<b>Hypervisor</b> cluster&nbsp;nodes"), svg = Svg }));
        // draw.io's compressed page format: base64 of raw deflate of the URI-encoded model.
        var model = Uri.EscapeDataString("""<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="2" value="Zebracorn backup target" vertex="1" parent="1"/></root></mxGraphModel>""");
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(Encoding.UTF8.GetBytes(model));
        var compressed = $"<mxfile><diagram id=\"x\" name=\"Page-1\">{Convert.ToBase64String(buffer.ToArray())}</diagram></mxfile>";
        await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Backups", xml = compressed, svg = Svg }));

        (await Json(await admin.GetAsync($"{d}/diagrams?q=hypervisors"))).GetProperty("items").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ShouldBe(["Rack A"]);
        (await Json(await admin.GetAsync($"{d}/diagrams?q=zebracorn"))).GetProperty("items").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ShouldBe(["Backups"]);
        // The tags of an HTML label are not words of it.
        (await Json(await admin.GetAsync($"{d}/diagrams?q=nbsp"))).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await Json(await admin.GetAsync($"{d}/diagrams?q=ack"))).GetProperty("items").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ShouldBe(["Backups", "Rack A"]);

        var global = await Json(await admin.GetAsync($"/api/v1/search?q=zebracorn&types=diagram&orgId={org}"));
        var hit = global.GetProperty("groups")[0].GetProperty("items").EnumerateArray().Single();
        hit.GetProperty("title").GetString().ShouldBe("Backups");
        hit.GetProperty("matchedField").GetString().ShouldBe("labels");
    }

    [Fact]
    public async Task The_preview_is_an_inert_svg_image()
    {
        var (admin, _, d) = await OrgAsync("Diagram preview");
        using var _admin = admin;
        var id = (await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Preview", xml = ResourceWorld.DiagramXml("A"), svg = Svg }))).GetProperty("id").GetGuid();
        var response = await admin.GetAsync($"{d}/diagrams/{id}/preview");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"diagram-{id}.svg");
        (await response.Content.ReadAsStringAsync()).ShouldBe(Svg);
        (await admin.GetAsync($"{d}/diagrams/{id}/revisions/1/preview")).Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var missing = await admin.GetAsync($"{d}/diagrams/{Guid.NewGuid()}/preview");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        // Every other answer keeps the API's own policy.
        (await admin.GetAsync($"{d}/diagrams/{id}")).Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'; frame-ancestors 'none'");
    }

    [Fact]
    public async Task An_article_embeds_a_diagram_as_a_link_to_it_and_html_in_labels_never_reaches_the_article()
    {
        var (admin, org, d) = await OrgAsync("Diagram embed");
        using var _admin = admin;
        var hostile = ResourceWorld.DiagramXml("<img src=x onerror=alert(1)><script>alert(2)</script>Router");
        var id = (await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "<b>Net</b>", xml = hostile, svg = Svg }))).GetProperty("id").GetGuid();
        var article = await Json(await admin.PostAsJsonAsync($"{d}/articles", new
        {
            title = "Network", body = $"See ![The <img src=x onerror=alert(3)> network](diagram:{id}) and [the diagram](diagram:{id}), ![bad](diagram:nope).",
        }));
        var html = article.GetProperty("html").GetString()!;
        html.ShouldContain($"<a href=\"/orgs/{org}/docs/diagrams/{id}\" class=\"diagram-embed\">");
        html.ShouldContain($"<a href=\"/orgs/{org}/docs/diagrams/{id}\">the diagram</a>");
        html.ShouldContain("<a href=\"#\">bad</a>");
        html.ShouldNotContain("onerror");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("Router"); // the labels stay in the diagram
        // The labels are plain text for search: the markup is gone, its text is words.
        (await Json(await admin.GetAsync($"{d}/diagrams?q=router"))).GetProperty("items").GetArrayLength().ShouldBe(1);
    }
}

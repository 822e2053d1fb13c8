using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClientStor.Tests.Shared;

/// <summary>
/// One real object of every kind of resource in one organisation, built through the API: what the contract suites fill
/// route parameters (<see cref="Route"/>: <c>assetId</c> → an asset's id) and referencing body fields (<see cref="Noun"/>:
/// <c>location</c> → a location's id) with. A resource added to the API is added here once; every contract suite then
/// covers it.
/// </summary>
public sealed class ResourceWorld
{
    public required Guid OrgId { get; init; }
    /// <summary>Route parameter name (case-insensitive) → a value naming an existing object.</summary>
    public required IReadOnlyDictionary<string, string> Route { get; init; }
    /// <summary>Resource noun (as in <c>x-references</c> / <c>[Resource]</c>) → an existing object's id.</summary>
    public required IReadOnlyDictionary<string, Guid> Noun { get; init; }
    /// <summary>A second object of some kinds (a second asset for relations and placements).</summary>
    public required IReadOnlyDictionary<string, Guid> Spare { get; init; }

    public string this[string routeParameter] => Route[routeParameter];

    /// <summary>Builds the world in a new organisation named <paramref name="name"/>, as the global administrator.</summary>
    public static async Task<ResourceWorld> CreateAsync(ApiHost api, HttpClient admin, string name)
    {
        var org = await IdAsync(admin, "/api/v1/orgs", new { name });
        var route = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["orgId"] = org.ToString() };
        var noun = new Dictionary<string, Guid> { ["org"] = org };
        var spare = new Dictionary<string, Guid>();
        string P(string path) => $"/api/v1/orgs/{org}/{path}";
        void Add(string parameter, string resource, Guid id)
        {
            route[parameter] = id.ToString();
            noun[resource] = id;
        }

        var site = await IdAsync(admin, P("locations"), new { name = "HQ", kind = "site" });
        Add("locationId", "location", site);
        spare["closet"] = await IdAsync(admin, P("locations"), new { name = "Closet 1", kind = "closet", parentId = site });
        Add("contactId", "contact", await IdAsync(admin, P("contacts"), new { name = "Ada Admin", email = "ada@example.test" }));
        Add("typeId", "asset_type", await IdAsync(admin, P("asset-types"), new
        {
            key = "camera", name = "Camera", fields = new object[] { new { key = "fps", label = "FPS", type = "number" } },
        }));
        var asset = await IdAsync(admin, P("assets"), new { type = "server", name = "SRV-1", serial = "S1", locationId = site });
        Add("assetId", "asset", asset);
        // A person's favourites and recently opened items name an item by kind and id (/me/favourites/{itemType}/{itemId}).
        route["itemType"] = "asset";
        route["itemId"] = asset.ToString();
        spare["asset"] = await IdAsync(admin, P("assets"), new { type = "switch", name = "SW-1" });
        Add("interfaceId", "interface", await IdAsync(admin, P($"assets/{asset}/interfaces"), new { name = "eth0", macAddress = "02:00:00:00:00:01" }));
        Add("relationId", "relation", await IdAsync(admin, P($"assets/{asset}/relations"), new { toAssetId = spare["asset"], kind = "connected-to" }));

        Add("vlanId", "vlan", await IdAsync(admin, P("vlans"), new { vid = 10, name = "Servers" }));
        Add("subnetId", "subnet", await IdAsync(admin, P("subnets"), new { network = "10.10.0.0/24", name = "Servers", vlanId = noun["vlan"] }));
        spare["subnet"] = await IdAsync(admin, P("subnets"), new { network = "10.99.0.0/24", name = "Empty" });
        Add("ipAddressId", "ip", await IdAsync(admin, P("ip-addresses"), new { address = "10.10.0.10", hostname = "srv-1", assetId = asset }));

        var rack = await IdAsync(admin, P("racks"), new { name = "R1", heightU = 42, locationId = site });
        Add("rackId", "rack", rack);
        Add("placementId", "placement", await IdAsync(admin, P($"racks/{rack}/placements"), new { assetId = asset, positionU = 10, heightU = 2 }));
        var panel = await JsonAsync(await admin.PostAsJsonAsync(P("patch-panels"), new { name = "PP-1", portCount = 24, rackId = rack }));
        Add("panelId", "patch_panel", panel.GetProperty("id").GetGuid());
        var port = await JsonAsync(await admin.PutAsJsonAsync(P($"patch-panels/{panel.GetProperty("id").GetGuid()}/ports/1"),
            new { interfaceId = noun["interface"], label = "Desk 1" }));
        route["number"] = "1";
        noun["patch_port"] = port.GetProperty("ports").EnumerateArray().First(p => p.GetProperty("number").GetInt32() == 1).GetProperty("id").GetGuid();

        Add("folderId", "folder", await IdAsync(admin, P("vault/folders"), new { name = "Network" }));
        spare["folder"] = await IdAsync(admin, P("vault/folders"), new { name = "Empty" });
        Add("credentialId", "credential", await IdAsync(admin, P("vault/credentials"), new
        {
            name = "Core switch", username = "admin", password = "s3cret-value-for-tests", folderId = noun["folder"], assetIds = new[] { asset },
        }));

        // Knowledge base: a folder, an article in it with two revisions (so a restore has an older one), an empty folder.
        Add("docFolderId", "doc_folder", await IdAsync(admin, P("docs/folders"), new { name = "Runbooks" }));
        spare["doc_folder"] = await IdAsync(admin, P("docs/folders"), new { name = "Empty" });
        var article = await IdAsync(admin, P("docs/articles"), new
        {
            title = "Backups", body = "# Backups\n\nNightly at 02:00.", folderId = noun["doc_folder"], assetIds = new[] { asset },
            credentialIds = new[] { noun["credential"] }, contactIds = new[] { noun["contact"] },
        });
        Add("articleId", "article", article);
        (await admin.PatchAsJsonAsync(P($"docs/articles/{article}"), new { body = "# Backups\n\nNightly at 03:00." })).EnsureSuccessStatusCode();
        // A diagram in the folder whose shape links to the asset, saved twice (so a restore has an older revision).
        var diagram = await IdAsync(admin, P("docs/diagrams"), new { name = "Network", folderId = noun["doc_folder"], xml = DiagramXml("Core switch", asset), svg = DiagramSvg });
        Add("diagramId", "diagram", diagram);
        (await admin.PatchAsJsonAsync(P($"docs/diagrams/{diagram}"), new { xml = DiagramXml("Core switch 2", asset), svg = DiagramSvg })).EnsureSuccessStatusCode();

        // A floor plan of the site: an SVG drawing (revision 1), then the asset, the rack and a drop on the port pinned (revision 2).
        var plan = await IdAsync(admin, P("docs/floor-plans"), new { name = "Ground floor", locationId = site, level = "Ground" });
        Add("floorPlanId", "floor_plan", plan);
        using (var drawing = new StringContent(FloorPlanSvg, System.Text.Encoding.UTF8, "image/svg+xml"))
            await JsonAsync(await admin.PutAsync(P($"docs/floor-plans/{plan}/drawing?fileName=ground.svg"), drawing));
        await JsonAsync(await admin.PutAsJsonAsync(P($"docs/floor-plans/{plan}/pins"), new
        {
            pins = new object[]
            {
                new { kind = "asset", x = 0.2, y = 0.3, assetId = asset },
                new { kind = "rack", x = 0.8, y = 0.3, rackId = rack },
                new { kind = "drop", x = 0.5, y = 0.9, label = "D-01", patchPanelPortId = noun["patch_port"] },
            },
        }));

        // Attachments: a small text file on the asset (the default attachmentId), the article and the credential.
        async Task<Guid> AttachAsync(string parent, string fileName, string text)
        {
            using var content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain");
            var response = await admin.PostAsync(P($"{parent}/attachments?fileName={fileName}"), content);
            return (await JsonAsync(response)).GetProperty("id").GetGuid();
        }
        Add("attachmentId", "attachment", await AttachAsync($"assets/{asset}", "rack-notes.txt", "Rack notes: top of rack switch in U42."));
        spare["article_attachment"] = await AttachAsync($"docs/articles/{article}", "backup-log.txt", "Backup log: nightly job finished.");
        spare["credential_attachment"] = await AttachAsync($"vault/credentials/{noun["credential"]}", "client.ovpn", "client\ndev tun\nremote vpn.example.test 1194");

        var roles = await admin.GetFromJsonAsync<JsonElement>(P("roles"));
        var technician = roles.GetProperty("items").EnumerateArray().First(r => r.GetProperty("name").GetString() == "Technician").GetProperty("id").GetGuid();
        Add("roleId", "role", await IdAsync(admin, P("roles"), new { name = "Auditor", permissions = new[] { "org.read", "audit.read" } }));
        var email = $"member-{Guid.NewGuid():N}@clientstor.test";
        var user = await api.CreateUserAsync(email, "member passphrase long enough");
        (await admin.PostAsJsonAsync(P("members"), new { email, roleIds = new[] { technician } })).EnsureSuccessStatusCode();
        Add("userId", "user", user.Id);
        var key = await JsonAsync(await admin.PostAsJsonAsync(P("api-keys"), new { name = "CI", scopes = new[] { "assets.read" } }));
        Add("keyId", "apikey", key.GetProperty("id").GetGuid());
        // Platform-level access objects: a platform role, a team with the member in it, and the team's grant in this organisation.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        Add("platformRoleId", "platform_role", await IdAsync(admin, "/api/v1/platform-roles", new { name = "Reader " + suffix, permissions = new[] { "org.read", "assets.read" } }));
        spare["platform_role"] = await IdAsync(admin, "/api/v1/platform-roles", new { name = "Unused " + suffix, permissions = new[] { "org.read" } });
        var team = await IdAsync(admin, "/api/v1/teams", new { name = "Helpdesk " + suffix });
        Add("teamId", "team", team);
        (await admin.PostAsJsonAsync($"/api/v1/teams/{team}/members", new { userId = user.Id })).EnsureSuccessStatusCode();
        Add("grantId", "team_grant", await IdAsync(admin, $"/api/v1/teams/{team}/grants", new { orgId = org, platformRoleId = noun["platform_role"] }));
        // A session of the member's own (for the session routes), never the caller's.
        using (var member = api.ClientWith(await api.SignInAsync(email, "member passphrase long enough")))
        {
            var sessions = await member.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions");
            Add("sessionId", "session", sessions.GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid());
            // Review: the organisation requires it, and the member (a technician: docs.write without docs.publish) has two
            // changes of an article of their own waiting, revisions 2 and 3 (one to approve, one to reject).
            (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}", new { docsReviewRequired = true })).EnsureSuccessStatusCode();
            var reviewed = await IdAsync(admin, P("docs/articles"), new { title = "Patching", body = "Monthly." });
            spare["review_article"] = reviewed;
            foreach (var body in new[] { "Monthly, second Tuesday.", "Weekly." })
            {
                var current = await member.GetAsync(P($"docs/articles/{reviewed}"));
                var draft = HttpRequests.Make("PATCH", P($"docs/articles/{reviewed}"), new { body }, current.Headers.ETag!.Tag);
                (await member.SendAsync(draft)).EnsureSuccessStatusCode();
            }
        }
        return new ResourceWorld { OrgId = org, Route = route, Noun = noun, Spare = spare };
    }

    /// <summary>A draw.io file of one page: a shape labelled <paramref name="label"/>, linked to <paramref name="assetId"/> when given.</summary>
    public static string DiagramXml(string label, Guid? assetId = null) =>
        "<mxfile><diagram id=\"p1\" name=\"Page-1\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
        + (assetId is { } a
            ? $"<UserObject label=\"{System.Security.SecurityElement.Escape(label)}\" link=\"clientstor:asset/{a}\" id=\"2\"><mxCell style=\"rounded=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"40\" y=\"40\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell></UserObject>"
            : $"<mxCell id=\"2\" value=\"{System.Security.SecurityElement.Escape(label)}\" style=\"rounded=1;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"40\" y=\"40\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>")
        + "</root></mxGraphModel></diagram></mxfile>";

    public const string DiagramSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\"><rect x=\"40\" y=\"40\" width=\"120\" height=\"60\" fill=\"#dae8fc\" stroke=\"#6c8ebf\"/></svg>";

    public const string FloorPlanSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" viewBox=\"0 0 400 300\"><rect x=\"10\" y=\"10\" width=\"380\" height=\"280\" fill=\"#fff\" stroke=\"#333\"/></svg>";

    /// <summary>The route template with every parameter replaced by this world's objects (or <paramref name="overrides"/>).</summary>
    public string Fill(string template, IReadOnlyDictionary<string, string>? overrides = null) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([A-Za-z]+)(:[^}]*)?\}", m =>
            overrides?.TryGetValue(m.Groups[1].Value, out var chosen) == true ? chosen
            : Route.TryGetValue(m.Groups[1].Value, out var value) ? value : throw new KeyNotFoundException(
                $"The resource world has no object for route parameter '{m.Groups[1].Value}' ({template}): add one to ResourceWorld.CreateAsync."));

    private static async Task<Guid> IdAsync(HttpClient client, string path, object body) =>
        (await JsonAsync(await client.PostAsJsonAsync(path, body))).GetProperty("id").GetGuid();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

/// <summary>The operations of the API's OpenAPI document, for suites that must cover every one of them.</summary>
public sealed record ApiOperation(string Method, string Path, string OperationId, string? Permission, bool ApiKeys, JsonElement Operation)
{
    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";
    public bool IsOrgScoped => Path.StartsWith("/api/v1/orgs/{orgId}", StringComparison.Ordinal);
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of the document the API serves (not the committed copy: the running code is what is tested).</summary>
    public static async Task<(JsonElement Document, List<ApiOperation> Operations)> LoadAsync(ApiHost api)
    {
        using var client = api.Anonymous();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
                operations.Add(new ApiOperation(op.Name.ToUpperInvariant(), path.Name, op.Value.GetProperty("operationId").GetString()!,
                    op.Value.TryGetProperty("x-permission", out var p) ? p.GetString() : null,
                    op.Value.TryGetProperty("x-api-keys", out var k) && k.GetBoolean(), op.Value));
        return (document, operations);
    }
}

public static class HttpRequests
{
    /// <summary>A request with an optional JSON body and headers.</summary>
    public static HttpRequestMessage Make(string method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return request;
    }
}

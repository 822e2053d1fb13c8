using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Platform;

public sealed class OpenApiTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Committed_openapi_file_matches_what_the_api_serves()
    {
        using var client = api.Anonymous();
        var served = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "clientstor.v1.json")))!;

        JsonNode.DeepEquals(served, committed).ShouldBeTrue(
            "openapi/clientstor.v1.json is stale: run 'npm run gen' and commit the result.");
    }

    [Fact]
    public async Task Route_parameters_are_path_parameters_and_oauth2_security_is_declared()
    {
        using var client = api.Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        scheme.GetProperty("type").GetString().ShouldBe("oauth2");
        var clientCredentials = scheme.GetProperty("flows").GetProperty("clientCredentials");
        clientCredentials.GetProperty("tokenUrl").GetString().ShouldBe("/connect/token");
        clientCredentials.GetProperty("scopes").TryGetProperty("assets.read", out _).ShouldBeTrue();
        clientCredentials.GetProperty("scopes").TryGetProperty("vault.reveal", out _).ShouldBeFalse(); // never for API keys
        scheme.GetProperty("flows").GetProperty("authorizationCode").GetProperty("authorizationUrl").GetString().ShouldBe("/connect/authorize");
        var getOrg = doc.GetProperty("paths").GetProperty("/api/v1/orgs/{orgId}").GetProperty("get");
        getOrg.GetProperty("operationId").GetString().ShouldBe("GetOrg");
        getOrg.GetProperty("parameters").EnumerateArray().ShouldContain(p => p.GetProperty("name").GetString() == "orgId" && p.GetProperty("in").GetString() == "path");
        getOrg.GetProperty("security").GetArrayLength().ShouldBe(1);
        var patch = doc.GetProperty("paths").GetProperty("/api/v1/orgs/{orgId}").GetProperty("patch");
        var bodyRef = patch.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var bodySchema = doc.GetProperty("components").GetProperty("schemas").GetProperty(bodyRef.Split('/')[^1]);
        bodySchema.GetProperty("properties").TryGetProperty("orgId", out _).ShouldBeFalse();
        patch.GetProperty("responses").TryGetProperty("412", out _).ShouldBeTrue();
        doc.GetProperty("paths").GetProperty("/api/v1/orgs").GetProperty("post").GetProperty("operationId").GetString().ShouldBe("CreateOrg");
        doc.GetProperty("paths").GetProperty("/api/v1/orgs").GetProperty("get").GetProperty("operationId").GetString().ShouldBe("ListOrgs");
    }

    [Fact]
    public async Task Api_reference_ui_is_served()
    {
        using var client = api.Anonymous();
        var response = await client.GetAsync("/api/docs/");
        response.IsSuccessStatusCode.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }

    [Fact]
    public async Task Every_operation_has_a_description_naming_who_may_call_it_and_the_scope_an_api_key_needs()
    {
        using var client = api.Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                operations++;
                var where = $"{op.Name.ToUpperInvariant()} {path.Name}";
                var description = op.Value.GetProperty("description").GetString()!;
                description.ShouldContain("**Access:**", customMessage: where);
                description.Split("**Access:**")[0].Trim().Length.ShouldBeGreaterThan(5, where);
                var permission = op.Value.GetProperty("x-permission").GetString()!;
                if (permission.Contains('.') && permission != "platform.admin")
                {
                    foreach (var part in permission.Split(' '))
                        description.ShouldContain($"`{part}`", customMessage: where);
                    op.Value.GetProperty("security")[0].GetProperty("oauth2").EnumerateArray().Select(s => s.GetString()).ShouldBe(permission.Split(' '), where);
                }
            }
        operations.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Request_bodies_mark_their_required_fields_and_enum_like_values_are_enums()
    {
        using var client = api.Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        string[] Required(string schema) => [.. schemas.GetProperty(schema).GetProperty("required").EnumerateArray().Select(r => r.GetString()!)];
        Required("CreateOrgRequest").ShouldContain("name");
        Required("CreateCredentialRequest").ShouldContain("name");
        Required("CreateVlanRequest").ShouldContain("name");
        Required("LoginRequest").ShouldBe(["email", "password"], ignoreOrder: true);
        schemas.GetProperty("AssetStatus").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldContain("in-repair");
        var listAssets = doc.GetProperty("paths").GetProperty("/api/v1/orgs/{orgId}/assets").GetProperty("get");
        listAssets.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status")
            .GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/AssetStatus");
        schemas.GetProperty("AuditCategory").GetProperty("enum").GetArrayLength().ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task Unknown_filter_values_answer_400_not_an_empty_list()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Filters " + Guid.NewGuid().ToString("N")[..6]);
        foreach (var (query, field) in new[]
        {
            ($"/api/v1/orgs/{org}/assets?status=broken", "status"), ($"/api/v1/orgs/{org}/assets?type=toaster", "type"),
            ($"/api/v1/orgs/{org}/assets/export.csv?type=toaster", "type"), ($"/api/v1/orgs/{org}/locations?kind=moon", "kind"),
            ($"/api/v1/orgs/{org}/ip-addresses?status=lost", "status"), ($"/api/v1/orgs?status=gone", "status"),
            ($"/api/v1/orgs/{org}/audit?outcome=maybe", "outcome"),
        })
        {
            var response = await admin.GetAsync(query);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, query);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(query);
        }
        (await admin.GetAsync($"/api/v1/orgs/{org}/assets?type=server")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task Scopes_supported_lists_only_scopes_that_exist_and_can_be_granted()
    {
        using var client = api.Anonymous();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var supported = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()!).ToHashSet();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var used = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.TryGetProperty("x-api-keys", out var keys) && keys.GetBoolean())
            .SelectMany(o => o.Value.GetProperty("x-permission").GetString()!.Split(' ')).Where(p => p.Contains('.') && p != "platform.admin").ToHashSet();
        // Every permission scope offered is one an operation checks and a key can hold; every such permission is offered.
        supported.Where(s => s.Contains('.')).ToHashSet().SetEquals(used).ShouldBeTrue($"offered: {string.Join(", ", supported.Order())}; used: {string.Join(", ", used.Order())}");
        supported.ShouldNotContain("vault.reveal");
        supported.ShouldNotContain("members.manage");
        supported.ShouldNotContain("tickets.read");
        supported.ShouldContain("openid");
        supported.ShouldContain("api");
    }

    [Fact]
    public async Task The_api_reference_downloads_nothing_from_third_parties()
    {
        using var client = api.Anonymous();
        var html = await client.GetStringAsync("/api/docs/");
        foreach (var external in System.Text.RegularExpressions.Regex.Matches(html, @"(?:src|href)\s*=\s*[""'](https?:)?//[^""']+").Select(m => m.Value))
            external.ShouldBeNull($"the reference page loads {external}");
        html.ShouldNotContain("fonts.scalar.com");
        html.ShouldNotContain("cdn.jsdelivr.net");
    }
}

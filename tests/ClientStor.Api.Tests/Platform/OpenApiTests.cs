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
    public async Task Route_parameters_are_path_parameters_and_bearer_security_is_declared()
    {
        using var client = api.Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
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
}

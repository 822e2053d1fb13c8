using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Platform;

/// <summary>Every error is RFC 9457 problem details with a traceId and no internals; bad input is never a 500.</summary>
public sealed class ErrorTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Exception");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("type").GetString().ShouldNotBeNullOrEmpty();
        problem.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        return problem;
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        using var client = await api.AdminAsync();
        await AssertProblem(await client.GetAsync("/api/v1/does-not-exist"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_method_is_a_405_problem()
    {
        using var client = await api.AdminAsync();
        await AssertProblem(await client.PutAsJsonAsync("/api/v1/orgs", new { }), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = await api.AdminAsync();
        var response = await client.PostAsync("/api/v1/orgs", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString()!.ShouldContain("not valid JSON");
    }

    [Fact]
    public async Task Wrong_json_type_is_a_400_problem()
    {
        using var client = await api.AdminAsync();
        var response = await client.PostAsync("/api/v1/orgs", new StringContent("{\"name\": 42}", Encoding.UTF8, "application/json"));
        await AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Wrong_content_type_is_a_415_problem()
    {
        using var client = await api.AdminAsync();
        var response = await client.PostAsync("/api/v1/orgs", new StringContent("name=x", Encoding.UTF8, "text/plain"));
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        using var client = await api.AdminAsync();
        var body = "{\"name\":\"" + new string('x', 2_000_000) + "\"}";
        var response = await client.PostAsync("/api/v1/orgs", new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Health_endpoints_are_anonymous_and_ready_checks_the_database()
    {
        using var client = api.Anonymous();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        ready.GetProperty("status").GetString().ShouldBe("Healthy");
    }
}

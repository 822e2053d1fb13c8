using ClientStor.Api.Features.Orgs;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Platform;

public sealed class IdempotencyTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static HttpRequestMessage Post(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orgs") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task Same_key_and_body_replays_the_first_response_without_a_duplicate()
    {
        using var client = await api.AdminAsync();
        var key = Guid.NewGuid().ToString();
        var name = "Idempotent " + key[..8];

        var first = await client.SendAsync(Post(key, new { name }));
        var second = await client.SendAsync(Post(key, new { name }));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
            .ShouldBe((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        await using var scope = api.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Orgs.CountAsync(o => o.Name == name)).ShouldBe(1);
    }

    [Fact]
    public async Task Same_key_with_another_body_is_422()
    {
        using var client = await api.AdminAsync();
        var key = Guid.NewGuid().ToString();
        (await client.SendAsync(Post(key, new { name = "First " + key[..8] }))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var reused = await client.SendAsync(Post(key, new { name = "Second " + key[..8] }));

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!.ShouldEndWith("idempotency-key-reused");
    }

    [Fact]
    public async Task A_failed_request_is_not_remembered_as_success()
    {
        using var client = await api.AdminAsync();
        var key = Guid.NewGuid().ToString();

        var invalid = await client.SendAsync(Post(key, new { name = "" }));
        var again = await client.SendAsync(Post(key, new { name = "" }));

        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

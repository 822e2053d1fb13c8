using ClientStor.Api.Features.Users;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Identity;

public sealed class LockoutTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Password = "lockout test passphrase";

    private static Task<HttpResponseMessage> Login(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    [Fact]
    public async Task Five_failures_across_two_replicas_lock_the_account_which_then_answers_like_a_wrong_password()
    {
        await api.CreateUserAsync("locked@clientstor.test", Password);
        using var first = api.Anonymous();
        using var second = await api.StartReplicaAsync();

        for (var i = 0; i < 3; i++)
            (await Login(first, "locked@clientstor.test", "wrong guess number " + i)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        for (var i = 3; i < 5; i++)
            (await Login(second, "locked@clientstor.test", "wrong guess number " + i)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var withRightPassword = await Login(first, "locked@clientstor.test", Password);
        var withWrongPassword = await Login(second, "nobody-at-all@clientstor.test", "wrong guess again");
        withRightPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var locked = await withRightPassword.Content.ReadFromJsonAsync<JsonElement>();
        var wrong = await withWrongPassword.Content.ReadFromJsonAsync<JsonElement>();
        locked.GetProperty("detail").GetString().ShouldBe(wrong.GetProperty("detail").GetString());
        locked.GetProperty("type").GetString().ShouldBe(wrong.GetProperty("type").GetString());

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var lockEvent = await db.AuditEvents.SingleAsync(e => e.Action == "account.locked");
        lockEvent.Category.ShouldBe("security");
        (await db.Users.SingleAsync(u => u.Email == "locked@clientstor.test")).LockedUntil.ShouldNotBeNull();

        using var admin = await api.AdminAsync();
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?q=locked@");
        var user = users.GetProperty("items").EnumerateArray().Single();
        user.GetProperty("lockedUntil").ValueKind.ShouldBe(JsonValueKind.String);
        (await admin.PostAsync($"/api/v1/users/{user.GetProperty("id").GetGuid()}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Login(first, "locked@clientstor.test", Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_failure_count()
    {
        await api.CreateUserAsync("forgetful@clientstor.test", Password);
        using var client = api.Anonymous();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
                await Login(client, "forgetful@clientstor.test", "not it " + i);
            (await Login(client, "forgetful@clientstor.test", Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("short pw", "at least 12")]
    [InlineData("1qaz2wsx3edc", "most common")]
    [InlineData("Q1W2E3R4T5Y6", "most common")]
    [InlineData("aaaaaaaaaaaaaaaa", "most common")]
    [InlineData("newperson is my name", "email name")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        using var admin = await api.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "newperson@clientstor.test", password });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain(reason);
    }
}

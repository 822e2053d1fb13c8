using ClientStor.Api.Features.Auth;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Identity;

public sealed class AccountTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Password = "account test passphrase";
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@clientstor.test";

    private async Task<Guid> CreateViaApiAsync(HttpClient admin, string email, bool mustChange = false)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password, mustChangePassword = mustChange });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Deactivating_a_user_ends_every_session_and_token_at_once()
    {
        using var admin = await api.AdminAsync();
        var email = Unique("leaver");
        var id = await CreateViaApiAsync(admin, email);
        var tokens = await api.SignInAsync(email, Password);
        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var patch = await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { isActive = false });

        patch.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.RefreshAsync(tokens.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var anonymous = api.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_reset_forces_a_password_change_before_anything_else()
    {
        using var admin = await api.AdminAsync();
        var email = Unique("reset");
        var id = await CreateViaApiAsync(admin, email);
        var old = await api.SignInAsync(email, Password);

        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { newPassword = "temporary passphrase 42" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var oldClient = api.ClientWith(old))
            (await oldClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var client = api.ClientWith(await api.SignInAsync(email, "temporary passphrase 42"));
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("mustChangePassword").GetBoolean().ShouldBeTrue();
        var blocked = await client.GetAsync("/api/v1/orgs");
        blocked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!.ShouldEndWith("password-change-required");

        var wrongCurrent = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "not the current one", newPassword = "my own new passphrase" });
        wrongCurrent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongCurrent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("currentPassword", out _).ShouldBeTrue();
        (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "temporary passphrase 42", newPassword = "my own new passphrase" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_my_password_ends_my_other_sessions_but_keeps_this_one()
    {
        var email = Unique("changer");
        await api.CreateUserAsync(email, Password);
        var laptop = await api.SignInAsync(email, Password);
        var phone = await api.SignInAsync(email, Password);
        using var laptopClient = api.ClientWith(laptop);

        (await laptopClient.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = Password, newPassword = "a brand new passphrase" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await laptopClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var phoneClient = api.ClientWith(phone);
        (await phoneClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.RefreshAsync(phone.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task I_see_and_end_my_sessions_and_an_ended_session_cannot_refresh()
    {
        var email = Unique("sessions");
        await api.CreateUserAsync(email, Password);
        var a = await api.SignInAsync(email, Password);
        var b = await api.SignInAsync(email, Password);
        using var clientA = api.ClientWith(a);

        var sessions = await clientA.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions");
        var items = sessions.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        items.Count(s => s.GetProperty("current").GetBoolean()).ShouldBe(1);
        var other = items.Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();

        (await clientA.DeleteAsync($"/api/v1/me/sessions/{other}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clientA.DeleteAsync($"/api/v1/me/sessions/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var clientB = api.ClientWith(b);
        (await clientB.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.RefreshAsync(b.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clientA.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions")).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_idle_session_ends_and_its_refresh_token_is_refused()
    {
        var email = Unique("idle");
        var user = await api.CreateUserAsync(email, Password);
        var tokens = await api.SignInAsync(email, Password);
        await using (var scope = api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Sessions.Where(s => s.UserId == user.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, DateTimeOffset.UtcNow.AddMinutes(-31)));

        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.RefreshAsync(tokens.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Reusing_a_redeemed_refresh_token_revokes_the_whole_chain()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        var first = await api.RefreshAsync(tokens.RefreshToken!);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;

        (await api.RefreshAsync(tokens.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.RefreshAsync(next)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Admins_see_and_end_anyone_s_sessions_and_only_admins_manage_users()
    {
        using var admin = await api.AdminAsync();
        var email = Unique("watched");
        var id = await CreateViaApiAsync(admin, email);
        var tokens = await api.SignInAsync(email, Password);
        using var user = api.ClientWith(tokens);

        var sessions = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}/sessions");
        var session = sessions.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        (await admin.DeleteAsync($"/api/v1/users/{id}/sessions/{session}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var other = api.ClientWith(await api.SignInAsync(email, Password));
        (await other.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync("/api/v1/users", new { email = Unique("x"), password = Password })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        (await admin.PatchAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}", new { isActive = false })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}

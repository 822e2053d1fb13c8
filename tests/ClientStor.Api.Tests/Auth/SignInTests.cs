using ClientStor.Api.Features.Users;
using ClientStor.Api.Features.Auth;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Auth;

public sealed class SignInTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_401_problem()
    {
        using var client = api.Anonymous();
        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiHost.AdminEmail, password = "not the password at all" });
        var unknownEmail = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@clientstor.test", password = "not the password at all" });

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknownEmail.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongPassword.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var a = await wrongPassword.Content.ReadFromJsonAsync<JsonElement>();
        var b = await unknownEmail.Content.ReadFromJsonAsync<JsonElement>();
        a.GetProperty("detail").GetString().ShouldBe(b.GetProperty("detail").GetString());
        a.GetProperty("type").GetString().ShouldBe(b.GetProperty("type").GetString());
        wrongPassword.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Login_sets_an_httponly_session_cookie()
    {
        using var client = api.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiHost.AdminEmail, password = ApiHost.AdminPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("ok");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("clientstor.session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    [Fact]
    public async Task Code_flow_with_pkce_issues_a_token_that_reads_me()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using var client = api.ClientWith(tokens);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("email").GetString().ShouldBe(ApiHost.AdminEmail);
        me.GetProperty("isGlobalAdmin").GetBoolean().ShouldBeTrue();
        tokens.RefreshToken.ShouldNotBeNull();
    }

    [Fact]
    public async Task Authorize_without_a_session_sends_the_browser_to_the_spa_login()
    {
        using var client = api.Anonymous();
        var response = await client.GetAsync("/connect/authorize?client_id=clientstor-spa&response_type=code&scope=openid%20api"
            + $"&redirect_uri={Uri.EscapeDataString(ApiHost.RedirectUri)}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Headers.Location!.OriginalString.ShouldStartWith("/login?returnUrl=%2Fconnect%2Fauthorize");
    }

    [Fact]
    public async Task Authorize_refuses_a_redirect_uri_that_is_not_registered()
    {
        var verifier = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        using var client = api.Anonymous();
        var response = await client.GetAsync("/connect/authorize?client_id=clientstor-spa&response_type=code&scope=openid%20api"
            + $"&redirect_uri={Uri.EscapeDataString("https://evil.example/cb")}&code_challenge={verifier}&code_challenge_method=S256");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Refresh_token_gets_a_new_working_access_token()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);

        var refreshed = await api.RefreshAsync(tokens.RefreshToken!);

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        using var client = api.ClientWith(new TokenSet(body.GetProperty("access_token").GetString()!, null));
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_revokes_access_and_refresh_tokens_on_the_next_request()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.RefreshAsync(tokens.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        (await db.Sessions.CountAsync(s => s.EndedAt != null)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Deactivated_user_is_refused_on_the_next_request_and_cannot_refresh()
    {
        await api.CreateUserAsync("leaver@clientstor.test", "a long enough passphrase", globalAdmin: true);
        var tokens = await api.SignInAsync("leaver@clientstor.test", "a long enough passphrase");
        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Users
                .Where(u => u.Email == "leaver@clientstor.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));

        (await client.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.RefreshAsync(tokens.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Requests_without_a_token_or_with_a_forged_one_get_401_problem()
    {
        using var client = api.Anonymous();
        var none = await client.GetAsync("/api/v1/orgs");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged.token.value");
        var forged = await client.GetAsync("/api/v1/orgs");

        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        none.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_token_without_the_api_scope_is_refused()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword, scope: "openid profile");
        using var client = api.ClientWith(tokens);

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_user_who_is_not_a_global_admin_sees_no_organisations_and_cannot_create_one()
    {
        await api.CreateUserAsync("tech@clientstor.test", "another long passphrase");
        using var client = api.ClientWith(await api.SignInAsync("tech@clientstor.test", "another long passphrase"));

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs");
        var create = await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Sneaky" });

        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        create.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}

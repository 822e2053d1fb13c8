using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Auth;

/// <summary>
/// Revocation is immediate: every request checks in the database that its access token and the token's authorization
/// are still valid (together with the user, session and membership), so a revoked token fails on its very next request.
/// </summary>
public sealed class TokenRevocationTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task ExecuteAsync(string sql, string id)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        (await db.Database.ExecuteSqlRawAsync(sql, id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_revoked_access_token_is_refused_while_a_newer_token_of_the_same_session_still_works()
    {
        var email = $"revoke-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, "a long enough password 1");
        var tokens = await api.SignInAsync(email, "a long enough password 1");
        var refreshed = await api.RefreshAsync(tokens.RefreshToken!);
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var newer = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        using var old = api.ClientWith(tokens);
        using var current = api.ClientWith(new TokenSet(newer, null));
        (await old.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = api.Anonymous();
        var revoke = await anonymous.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "clientstor-spa", ["token"] = tokens.AccessToken, ["token_type_hint"] = "access_token",
        }));
        revoke.StatusCode.ShouldBe(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());

        var refused = await old.GetAsync("/api/v1/me");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        (await current.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_the_authorization_stops_its_tokens_in_org_scoped_and_platform_routes()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Revoke authz " + Guid.NewGuid().ToString("N")[..6]);
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using var client = api.ClientWith(tokens);
        (await client.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // What OpenIddict does to an authorization when its grant is withdrawn (the token row itself stays "valid").
        await ExecuteAsync("""UPDATE "OpenIddictAuthorizations" SET status = 'revoked' WHERE id = {0}""", TokenSet.Claim(tokens.AccessToken, "oi_au_id"));

        (await client.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_whose_entry_was_deleted_is_refused()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ExecuteAsync("""DELETE FROM "OpenIddictTokens" WHERE id = {0}""", TokenSet.Claim(tokens.AccessToken, "oi_tkn_id"));

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

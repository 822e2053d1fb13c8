using System.Net;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;

namespace ClientStor.Api.Tests.Auth;

/// <summary>An API whose access tokens live 3 seconds.</summary>
public sealed class ShortTokenHost : ApiHost
{
    protected override void Configure(WebApplicationBuilder builder) => builder.Configuration["ClientStor:Auth:AccessTokenLifetime"] = "00:00:03";
}

/// <summary>
/// Access tokens are validated by OpenIddict once and then remembered per token until they expire: what is remembered
/// never outlives the token, never covers another (altered) token, and never bypasses the per-request database check.
/// </summary>
public sealed class BearerTokenTests(ShortTokenHost api) : IClassFixture<ShortTokenHost>
{
    [Fact]
    public async Task A_token_validated_before_is_refused_once_it_expires()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var refused = await client.GetAsync("/api/v1/me");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
    }

    [Fact]
    public async Task An_altered_copy_of_a_token_in_use_is_refused()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using var client = api.ClientWith(tokens);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var jwt = tokens.AccessToken;
        var parts = jwt.Split('.');
        // another payload under the same signature, and the same payload under another signature
        var payload = parts[1];
        var otherPayload = payload[..^2] + (payload[^2] == 'A' ? 'B' : 'A') + payload[^1];
        var signature = parts[2];
        var otherSignature = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        foreach (var altered in new[] { $"{parts[0]}.{otherPayload}.{signature}", $"{parts[0]}.{payload}.{otherSignature}", jwt + "x" })
        {
            using var forged = api.ClientWith(new TokenSet(altered, null));
            (await forged.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, altered);
        }
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>A host configured like production behind a TLS proxy: HTTPS required (Secure cookies) and one allowed browser origin.</summary>
public sealed class ProductionLikeHost : ApiHost
{
    public const string Portal = "https://portal.example.com";

    protected override void Configure(WebApplicationBuilder b)
    {
        b.Configuration["ClientStor:Auth:RequireHttps"] = "true";
        b.Configuration["ClientStor:Cors:AllowedOrigins:0"] = Portal;
    }
}

public sealed class HeadersTests(ProductionLikeHost api) : IClassFixture<ProductionLikeHost>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/v1/orgs")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = api.Anonymous();
        var response = await client.GetAsync(path);
        string Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : "";
        Header("X-Content-Type-Options").ShouldBe("nosniff");
        Header("Referrer-Policy").ShouldBe("no-referrer");
        Header("X-Frame-Options").ShouldBe("DENY");
        Header("Content-Security-Policy").ShouldContain("frame-ancestors 'none'");
        Header("Content-Security-Policy").ShouldContain("default-src 'none'");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse(); // plain HTTP: HSTS means nothing
        response.Headers.Contains("Server").ShouldBeFalse();
        if (path.StartsWith("/api/v1"))
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task The_docs_ui_gets_a_policy_that_lets_it_run_from_this_origin_and_https_gets_hsts()
    {
        using var client = api.Anonymous();
        var docs = await client.GetAsync("/api/docs/");
        (await docs.Content.ReadAsStringAsync()).ShouldContain("<script src=\"scalar.js\">"); // served from here, no CDN
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = string.Join(",", docs.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");

        using var viaTls = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        viaTls.Headers.Add("X-Forwarded-Proto", "https"); // from the trusted (loopback) proxy
        var https = await client.SendAsync(viaTls);
        string.Join(",", https.Headers.GetValues("Strict-Transport-Security")).ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task Cors_answers_only_the_configured_origin()
    {
        using var client = api.Anonymous();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/orgs");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "GET");
            request.Headers.Add("Access-Control-Request-Headers", "authorization");
            return await client.SendAsync(request);
        }
        var allowed = await Preflight(ProductionLikeHost.Portal);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe(ProductionLikeHost.Portal);
        allowed.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
        var other = await Preflight("https://evil.example.net");
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();

        using var simple = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        simple.Headers.Add("Origin", "https://evil.example.net");
        (await client.SendAsync(simple)).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task The_session_cookie_is_secure_httponly_and_samesite()
    {
        using var client = api.Anonymous();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiHost.AdminEmail, password = ApiHost.AdminPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();
        cookie.ShouldContain("; secure");
        cookie.ShouldContain("; httponly");
        cookie.ShouldContain("; samesite=lax");
    }
}

public sealed class BodyLimitTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Request_bodies_are_capped_per_endpoint()
    {
        using var client = api.Anonymous();
        // Sign-in takes 16 KB at most.
        var padded = JsonSerializer.Serialize(new { email = "a@b.c", password = new string('x', 20_000) });
        var login = await client.PostAsync("/api/v1/auth/login", new StringContent(padded, Encoding.UTF8, "application/json"));
        login.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        login.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        // Everything else: 1 MB by default.
        using var admin = await api.AdminAsync();
        var huge = JsonSerializer.Serialize(new { name = new string('x', 1_100_000) });
        var org = await admin.PostAsync("/api/v1/orgs", new StringContent(huge, Encoding.UTF8, "application/json"));
        org.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }
}

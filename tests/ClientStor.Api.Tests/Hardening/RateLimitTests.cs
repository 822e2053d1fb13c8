using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Security;
using ClientStor.Api.Tests.Identity;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>A host with low limits. Every test spends its own partition (its own forwarded address, user or key).</summary>
public sealed class LowLimitHost : ApiHost
{
    protected override void Configure(WebApplicationBuilder b)
    {
        b.Configuration["ClientStor:RateLimits:LoginPerIp:PermitLimit"] = "10";
        b.Configuration["ClientStor:RateLimits:LoginPerAccount:PermitLimit"] = "3";
        b.Configuration["ClientStor:RateLimits:TokenPerClient:PermitLimit"] = "3";
        b.Configuration["ClientStor:RateLimits:ApiPerUser:PermitLimit"] = "6";
        b.Configuration["ClientStor:RateLimits:ApiPerKey:PermitLimit"] = "4";
        b.Configuration["ClientStor:RateLimits:AnonymousPerIp:PermitLimit"] = "30";
        // Aggregated events are written when the test flushes them, not by the timer.
        b.Configuration["ClientStor:Security:EventFlushInterval"] = "01:00:00";
    }
}

public sealed class RateLimitTests(LowLimitHost api) : IClassFixture<LowLimitHost>
{
    private const string Password = "a long enough test password";
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static string NewAddress() => $"198.51.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 254)}";

    private async Task<HttpResponseMessage> LoginFromAsync(string address, string email, string password)
    {
        using var client = api.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ShouldBeRateLimitedAsync(HttpResponseMessage response, string policy)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var seconds = response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        seconds.ShouldBeInRange(1, 60);
        var problem = await Json(response);
        problem.GetProperty("type").GetString()!.ShouldEndWith("/rate-limited");
        problem.GetProperty("policy").GetString().ShouldBe(policy);
        problem.GetProperty("retryAfter").GetInt32().ShouldBe((int)seconds);
        return problem;
    }

    private async Task<List<JsonElement>> FlushedEventsAsync(string partition)
    {
        await api.Services.GetRequiredService<SecurityEvents>().FlushAsync(CancellationToken.None);
        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents
            .Where(e => e.Category == "security" && e.Action == SecurityEventKinds.RateLimited && e.TargetId == partition)
            .OrderBy(e => e.Id).Select(e => e.Details!).ToListAsync();
        return rows.Select(d => JsonDocument.Parse(d).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task Sign_in_is_limited_per_address_and_hits_become_one_aggregated_security_event()
    {
        var address = NewAddress();
        for (var i = 0; i < 10; i++)
            (await LoginFromAsync(address, $"nobody{i}@clientstor.test", "wrong password at all")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        for (var i = 0; i < 3; i++)
            await ShouldBeRateLimitedAsync(await LoginFromAsync(address, "someone@clientstor.test", "wrong password at all"), "login-ip");
        // Another address is not affected.
        (await LoginFromAsync(NewAddress(), "nobody@clientstor.test", "wrong password at all")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var events = await FlushedEventsAsync($"login-ip:{address}");
        events.Count.ShouldBe(1);
        events[0].GetProperty("hits").GetInt32().ShouldBe(3);
        events[0].GetProperty("paths")[0].GetString().ShouldBe("POST /api/v1/auth/login");
        // The next minute's hits are a new row; nothing is written for a quiet partition.
        await ShouldBeRateLimitedAsync(await LoginFromAsync(address, "someone@clientstor.test", "x"), "login-ip");
        (await FlushedEventsAsync($"login-ip:{address}")).Count.ShouldBe(2);
        (await FlushedEventsAsync($"login-ip:{address}")).Count.ShouldBe(2);

        // The admins' summary counts hits, not rows.
        using var admin = await api.AdminAsync();
        var summary = await admin.GetFromJsonAsync<JsonElement>("/api/v1/security/summary?bucket=hour");
        var total = summary.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == SecurityEventKinds.RateLimited);
        total.GetProperty("hits").GetInt64().ShouldBeGreaterThanOrEqualTo(4);
        total.GetProperty("events").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        summary.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("kind").GetString() == SecurityEventKinds.RateLimited)
            .Sum(p => p.GetProperty("hits").GetInt64()).ShouldBe(total.GetProperty("hits").GetInt64());
        (await admin.GetAsync("/api/v1/security/summary?bucket=week")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Sign_in_and_mfa_attempts_are_limited_per_account_from_any_address()
    {
        var email = $"limited-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, Password);
        for (var i = 0; i < 3; i++)
            (await LoginFromAsync(NewAddress(), email, "not the password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await ShouldBeRateLimitedAsync(await LoginFromAsync(NewAddress(), email, Password), "login-account");
        refused.GetProperty("detail").GetString()!.ShouldStartWith("At most 3 sign-in attempts per minute for one account. Retry after ");
        // Another account is not affected.
        var other = $"other-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(other, Password);
        (await LoginFromAsync(NewAddress(), other, Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Mfa_codes_count_toward_the_account_limit()
    {
        var email = $"mfa-limited-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, Password);
        using (var client = api.ClientWith(await api.SignInAsync(email, Password)))
            await Authenticator.EnrolAsync(client); // sign-in above spent 1 of the account's 3
        var (browser, status) = await api.LoginAsync(email, Password); // 2
        using (browser)
        {
            status.ShouldBe("mfa_required");
            (await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = "not-a-code" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized); // 3
            await ShouldBeRateLimitedAsync(await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = "000000" }), "login-account");
        }
    }

    [Fact]
    public async Task Api_calls_are_limited_per_user_and_per_key_and_the_token_endpoint_per_client()
    {
        var email = $"busy-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, Password);
        using var busy = api.ClientWith(await api.SignInAsync(email, Password));
        for (var i = 0; i < 6; i++)
            (await busy.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRateLimitedAsync(await busy.GetAsync("/api/v1/orgs"), "api-user");

        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Limits " + Guid.NewGuid().ToString("N")[..6]);
        var created = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "busy CI", scopes = new[] { "org.read" } }));
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = created.GetProperty("clientId").GetString()!,
            ["client_secret"] = created.GetProperty("clientSecret").GetString()!,
        };
        using var anonymous = api.Anonymous();
        string? token = null;
        for (var i = 0; i < 3; i++)
        {
            var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(form));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            token = (await Json(response)).GetProperty("access_token").GetString();
        }
        await ShouldBeRateLimitedAsync(await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(form)), "token-client");

        using var key = api.Anonymous();
        key.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        for (var i = 0; i < 4; i++)
            (await key.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRateLimitedAsync(await key.GetAsync($"/api/v1/orgs/{org}"), "api-key");
        // The admin (another user) is unaffected.
        (await admin.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var keyEvents = await FlushedEventsAsync($"api-key:{created.GetProperty("id").GetGuid()}");
        keyEvents.Single().GetProperty("about").GetProperty("limit").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task Anonymous_requests_are_limited_per_address_and_health_probes_never()
    {
        var address = NewAddress();
        using var client = api.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        for (var i = 0; i < 30; i++)
            (await client.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShouldBeRateLimitedAsync(await client.GetAsync("/openapi/v1.json"), "anonymous-ip");
        for (var i = 0; i < 10; i++)
            (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A bogus bearer token does not buy a fresh partition.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await ShouldBeRateLimitedAsync(await client.GetAsync("/api/v1/orgs"), "anonymous-ip");
    }
}

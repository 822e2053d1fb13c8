using ClientStor.Sdk;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;

namespace ClientStor.Sdk.Tests;

/// <summary>API keys limited to 3 requests per 2-second window.</summary>
public sealed class TightKeyLimitHost : ApiHost
{
    protected override void Configure(WebApplicationBuilder b)
    {
        b.Configuration["ClientStor:RateLimits:ApiPerKey:PermitLimit"] = "3";
        b.Configuration["ClientStor:RateLimits:ApiPerKey:Window"] = "00:00:02";
    }
}

public sealed class RateLimitSdkTests(TightKeyLimitHost api) : IClassFixture<TightKeyLimitHost>
{
    [Fact]
    public async Task Reads_wait_out_a_429_and_writes_surface_it_as_a_typed_error()
    {
        var admin = ClientStorClient.WithAccessToken(api.BaseAddress, (await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword)).AccessToken);
        var org = await admin.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = "SDK limits " + Guid.NewGuid().ToString("N")[..8] });
        var issued = await admin.ApiKeys.CreateOrgApiKeyAsync(org.Id, new CreateOrgApiKeyRequest { Name = "busy CI", Scopes = ["assets.read", "assets.write"] });
        var ci = ClientStorClient.ForApiKey(api.BaseAddress, issued.ClientId, issued.ClientSecret);

        // Eight reads against 3 per 2 s: the retry handler waits Retry-After each time the window is spent; none fails.
        for (var i = 0; i < 8; i++)
            (await ci.Assets.ListAssetsAsync(org.Id, limit: 1)).Items.Count.ShouldBe(0);

        // A create (not idempotent, no Idempotency-Key) is never retried: the 429 reaches the caller, typed.
        ClientStorApiException? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            try
            {
                await ci.Assets.CreateAssetAsync(org.Id, new CreateAssetRequest { Type = "server", Name = $"SRV-{i}" });
            }
            catch (ClientStorApiException e)
            {
                limited = e;
            }
        }
        limited.ShouldNotBeNull();
        limited.StatusCode.ShouldBe(429);
        limited.Problem!.Type!.ShouldEndWith("/rate-limited");
        limited.RetryAfter!.Value.TotalSeconds.ShouldBeInRange(1, 2);
    }
}

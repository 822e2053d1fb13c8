using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Sdk;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Sdk.Tests;

/// <summary>A CI pipeline's view: an API key, client credentials handled by the SDK, assets paged through.</summary>
public sealed class ApiKeySdkTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_key_lists_every_asset_across_pages_with_one_cached_token_and_renews_after_a_401()
    {
        var admin = ClientStorClient.WithAccessToken(api.BaseAddress, (await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword)).AccessToken);
        var org = await admin.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = "SDK CI " + Guid.NewGuid().ToString("N")[..8] });
        for (var i = 0; i < 7; i++)
            await admin.Assets.CreateAssetAsync(org.Id, new CreateAssetRequest { Type = "workstation", Name = $"PC-{i:00}" });
        var issued = await admin.ApiKeys.CreateOrgApiKeyAsync(org.Id, new CreateOrgApiKeyRequest { Name = "SDK CI", Scopes = ["assets.read"] });

        var ci = ClientStorClient.ForApiKey(api.BaseAddress, issued.ClientId, issued.ClientSecret, null, out var tokens);
        var names = new List<string>();
        await foreach (var asset in ci.Assets.ListAllAssetsAsync(org.Id, pageSize: 2))
            names.Add(asset.Name);
        names.Count.ShouldBe(7);
        names.Distinct().Count().ShouldBe(7);
        tokens.TokensIssued.ShouldBe(1);

        // The server forgets the token (as after a revocation of that token): the SDK fetches a new one once and carries on.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"OpenIddictTokens\" WHERE application_id = (SELECT application_id FROM api_keys WHERE id = {issued.Id})");
        }
        (await ci.Assets.ListAssetsAsync(org.Id, limit: 1)).Items.Count.ShouldBe(1);
        tokens.TokensIssued.ShouldBe(2);

        // Typed errors: a scope the key lacks is a 403 problem; a wrong secret fails at the token endpoint.
        var forbidden = await Should.ThrowAsync<ClientStorApiException>(() => ci.Assets.CreateAssetAsync(org.Id, new CreateAssetRequest { Type = "server", Name = "x" }));
        forbidden.StatusCode.ShouldBe(403);
        forbidden.Problem!.Type!.ShouldEndWith("scope-violation");
        var wrong = ClientStorClient.ForApiKey(api.BaseAddress, issued.ClientId, "not-the-secret");
        await Should.ThrowAsync<ClientStorAuthenticationException>(() => wrong.Assets.ListAssetsAsync(org.Id));
    }
}

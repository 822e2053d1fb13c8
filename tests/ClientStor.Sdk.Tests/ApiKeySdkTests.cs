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
        var missing = await Should.ThrowAsync<ClientStorApiException>(() => ci.Assets.GetAssetAsync(org.Id, Guid.NewGuid()));
        missing.StatusCode.ShouldBe(404);
        var invalid = await Should.ThrowAsync<ClientStorApiException>(() => admin.Assets.CreateAssetAsync(org.Id, new CreateAssetRequest { Type = "spaceship", Name = "" }));
        invalid.StatusCode.ShouldBe(400);
        invalid.FieldErrors.Keys.ShouldContain("name");
        var first = (await admin.Assets.ListAssetsAsync(org.Id, limit: 1)).Items[0];
        await admin.Assets.UpdateAssetAsync(org.Id, first.Id, new UpdateAssetRequest { Status = AssetStatus.InRepair });
        // Enum values travel as the API spells them ("in-repair"), in bodies and in query filters.
        (await admin.Assets.GetAssetAsync(org.Id, first.Id)).Asset.Status.ShouldBe("in-repair");
        (await admin.Assets.ListAssetsAsync(org.Id, status: AssetStatus.InRepair)).Items.Select(a => a.Id).ShouldContain(first.Id);
        first = (await admin.Assets.GetAssetAsync(org.Id, first.Id)).Asset;
        await admin.Assets.UpdateAssetAsync(org.Id, first.Id, new UpdateAssetRequest { Status = AssetStatus.Spare }, if_Match: first.Etag);
        var stale = await Should.ThrowAsync<ClientStorApiException>(() => admin.Assets.UpdateAssetAsync(org.Id, first.Id, new UpdateAssetRequest { Status = AssetStatus.Active }, if_Match: first.Etag));
        stale.StatusCode.ShouldBe(412);
        var wrong = ClientStorClient.ForApiKey(api.BaseAddress, issued.ClientId, "not-the-secret");
        await Should.ThrowAsync<ClientStorAuthenticationException>(() => wrong.Assets.ListAssetsAsync(org.Id));
    }
}

/// <summary>The CI example (sdk/examples/AssetExport) end to end against the live API, twice: full, then incremental.</summary>
public sealed class AssetExportExampleTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task The_example_exports_all_assets_then_only_what_changed()
    {
        var admin = ClientStorClient.WithAccessToken(api.BaseAddress, (await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword)).AccessToken);
        var org = await admin.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = "Export " + Guid.NewGuid().ToString("N")[..8] });
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await admin.Assets.CreateAssetAsync(org.Id, new CreateAssetRequest { Type = "laptop", Name = $"LT-{i}", Serial = $"S{i}" })).Id);
        var key = await admin.ApiKeys.CreateOrgApiKeyAsync(org.Id, new CreateOrgApiKeyRequest { Name = "export job", Scopes = ["assets.read", "org.read"] });
        var output = Directory.CreateTempSubdirectory("asset-export").FullName;
        var env = new Dictionary<string, string?>
        {
            ["CLIENTSTOR_URL"] = api.BaseAddress.ToString(), ["CLIENTSTOR_CLIENT_ID"] = key.ClientId, ["CLIENTSTOR_CLIENT_SECRET"] = key.ClientSecret,
            ["CLIENTSTOR_FORMAT"] = "csv", ["CLIENTSTOR_OUTPUT"] = output,
        };
        var options = ClientStor.Examples.AssetExport.ExportOptions.FromEnvironment(n => env.GetValueOrDefault(n));
        var log = new StringWriter();
        (await ClientStor.Examples.AssetExport.AssetExporter.RunAsync(options, log, CancellationToken.None)).ShouldContain("5 asset(s) from 1 organisation(s)");
        var first = Directory.GetFiles(output, "assets-*.csv").ShouldHaveSingleItem();
        File.ReadAllLines(first).Length.ShouldBe(6);

        await Task.Delay(1100); // a new file name (second resolution) for the second run
        await admin.Assets.UpdateAssetAsync(org.Id, ids[2], new UpdateAssetRequest { Status = AssetStatus.Spare });
        (await ClientStor.Examples.AssetExport.AssetExporter.RunAsync(options, log, CancellationToken.None)).ShouldContain("1 asset(s)");
        var second = Directory.GetFiles(output, "assets-*.csv").Single(f => f != first);
        File.ReadAllLines(second).ShouldContain(l => l.Contains("LT-2") && l.Contains("spare"));
        (await ClientStor.Examples.AssetExport.AssetExporter.RunAsync(options, log, CancellationToken.None)).ShouldContain("0 asset(s)");
        Directory.Delete(output, recursive: true);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Features.Vault;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Tests.Identity;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Vault;

/// <summary>Rotation re-encrypts the whole database: its own API and database, so no other test's data is in the way.</summary>
public sealed class VaultRotationTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<Guid> CreateCredentialAsync(HttpClient client, Guid org, object body) =>
        (await Json(await client.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", body))).GetProperty("id").GetGuid();

    [Fact]
    public async Task Key_rotation_interrupted_midway_resumes_and_leaves_everything_readable()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Vault rotate " + Guid.NewGuid().ToString("N")[..6]);
        var ids = new List<Guid>();
        for (var i = 0; i < 25; i++)
            ids.Add(await CreateCredentialAsync(admin, org, new { name = $"Server {i:00}", password = $"secret {i}", customSecrets = new Dictionary<string, string> { ["k"] = $"custom {i}" } }));
        var email = $"rotate-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, "rotate test passphrase 1");
        using (var user = api.ClientWith(await api.SignInAsync(email, "rotate test passphrase 1")))
            await Authenticator.EnrolAsync(user);

        var before = await StatusAsync();
        var progress = new List<RotationProgress>();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RunAsync(10, progress.Add, CancellationToken.None, maxBatches: 2);
            first.Finished.ShouldBeFalse();
            first.Reencrypted.ShouldBe(20);
        }
        var midway = await StatusAsync();
        var target = midway["vault secrets"].Keys.Max();
        target.ShouldBeGreaterThan(before["vault secrets"].Keys.Max());
        midway["vault secrets"][target].ShouldBe(20);

        // Mixed versions: every secret still reads, old and new.
        foreach (var i in new[] { 0, 12, 24 })
            (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{ids[i]}/reveal", new { field = "password" })))
                .GetProperty("value").GetString().ShouldBe($"secret {i}");

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var rest = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RunAsync(10, progress.Add, CancellationToken.None);
            rest.Resumed.ShouldBeTrue();
            rest.Finished.ShouldBeTrue();
            rest.ToVersion.ShouldBe(target);
        }
        var after = await StatusAsync();
        after["vault secrets"][target].ShouldBeGreaterThanOrEqualTo(50);
        after["user TOTP seeds"].Keys.ShouldAllBe(v => v == target);
        await using (var scope = api.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().CredentialSecrets.IgnoreQueryFilters()
                .Where(x => x.OrgId == org).Select(x => x.KeyVersion).Distinct().ToListAsync()).ShouldBe([target]);
        progress.ShouldContain(p => p.Store == "user TOTP seeds");
        for (var i = 0; i < ids.Count; i++)
        {
            (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{ids[i]}/reveal", new { field = "password" })))
                .GetProperty("value").GetString().ShouldBe($"secret {i}");
            (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{ids[i]}/reveal", new { field = "custom:k" })))
                .GetProperty("value").GetString().ShouldBe($"custom {i}");
        }
        await using var audit = api.Services.CreateAsyncScope();
        var actions = await audit.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action.StartsWith("key.rotation")).Select(e => e.Action).ToListAsync();
        actions.ShouldBe(["key.rotation_started", "key.rotation_resumed", "key.rotation_finished"]);
    }

    private async Task<Dictionary<string, Dictionary<int, int>>> StatusAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KeyRotation>().StatusAsync(CancellationToken.None);
    }
}

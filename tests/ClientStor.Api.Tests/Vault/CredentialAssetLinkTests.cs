using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClientStor.Tests.Shared.ApiCalls;

namespace ClientStor.Api.Tests.Vault;

/// <summary>
/// A credential linked to several assets: linking and unlinking through the credential's own writes (one audit row each),
/// the list filtered by asset, and the asset page showing its credentials (metadata only, to vault readers) and contacts.
/// </summary>
public sealed class CredentialAssetLinkTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static Guid[] Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetGuid())];

    private static HttpRequestMessage Patch(string path, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return request;
    }

    private async Task<List<string>> AuditAsync(string action, Guid? target = null, Guid? org = null)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = target?.ToString();
        return await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action == action && (id == null || e.TargetId == id) && (org == null || e.OrgId == org))
            .OrderBy(e => e.Id).Select(e => e.Details ?? "{}").ToListAsync();
    }

    private static async Task<(Guid Org, Guid Core, Guid Edge, Guid Spare)> WorldAsync(HttpClient admin, string name)
    {
        var org = await OrgWorld.CreateOrgAsync(admin, $"{name} {Token()}");
        var core = await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "switch", name = "Core switch" });
        var edge = await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "firewall", name = "Edge firewall" });
        var spare = await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "server", name = "Spare server" });
        return (org, core, edge, spare);
    }

    [Fact]
    public async Task A_credential_links_to_several_assets_and_the_list_filters_by_asset()
    {
        using var admin = await api.AdminAsync();
        var (org, core, edge, spare) = await WorldAsync(admin, "Links");
        var path = $"/api/v1/orgs/{org}/vault/credentials";
        var shared = await Json(await admin.PostAsJsonAsync(path, new { name = "Network admin", username = "netadmin", password = "pw-" + Token(), assetIds = new[] { core, edge, core } }));
        Ids(shared.GetProperty("assetIds")).ShouldBe([core, edge], ignoreOrder: true);
        var alone = await PostAsync(admin, path, new { name = "Unlinked" });

        Ids((await admin.GetFromJsonAsync<JsonElement>($"{path}/{shared.GetProperty("id").GetGuid()}")).GetProperty("assetIds")).Length.ShouldBe(2);
        var ofCore = await admin.GetFromJsonAsync<JsonElement>($"{path}?assetId={core}");
        ofCore.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Network admin"]);
        (await admin.GetFromJsonAsync<JsonElement>($"{path}?assetId={spare}")).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == alone).GetProperty("assetIds").GetArrayLength().ShouldBe(0);

        // The created row names the linked assets with their names, so it reads without a lookup.
        var created = (await AuditAsync("credential.created", shared.GetProperty("id").GetGuid())).Single();
        created.ShouldContain("\"assets\":[");
        created.ShouldContain("Core switch");
        created.ShouldContain("Edge firewall");
    }

    [Fact]
    public async Task Linking_and_unlinking_is_one_update_audit_row_that_names_the_assets_and_moves_the_etag()
    {
        using var admin = await api.AdminAsync();
        var (org, core, edge, spare) = await WorldAsync(admin, "Relink");
        var path = $"/api/v1/orgs/{org}/vault/credentials";
        var created = await Json(await admin.PostAsJsonAsync(path, new { name = "Backup account", assetIds = new[] { core, edge } }));
        var id = created.GetProperty("id").GetGuid();
        var etag = created.GetProperty("etag").GetString()!;

        // One write that changes metadata, a secret and the links: one row carrying all three.
        var changed = await admin.SendAsync(Patch($"{path}/{id}", etag, new { username = "backup", password = "new-" + Token(), assetIds = new[] { edge, spare } }));
        var body = await Json(changed);
        Ids(body.GetProperty("assetIds")).ShouldBe([edge, spare], ignoreOrder: true);
        body.GetProperty("etag").GetString().ShouldNotBe(etag);
        var rows = await AuditAsync("credential.updated", id);
        rows.Count.ShouldBe(1);
        using (var row = JsonDocument.Parse(rows[0]))
        {
            var details = row.RootElement;
            details.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ShouldBe(["username"]);
            details.GetProperty("secretsChanged").EnumerateArray().Select(c => c.GetString()).ShouldBe(["password"]);
            details.GetProperty("assetsLinked").EnumerateArray().Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("name").GetString())).ShouldBe([(spare, "Spare server")]);
            details.GetProperty("assetsUnlinked").EnumerateArray().Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("name").GetString())).ShouldBe([(core, "Core switch")]);
        }

        // Links alone are a change of their own (row and new etag); the same set again is no change at all.
        var etag2 = body.GetProperty("etag").GetString()!;
        var unlinked = await Json(await admin.SendAsync(Patch($"{path}/{id}", etag2, new { assetIds = Array.Empty<Guid>() })));
        unlinked.GetProperty("assetIds").GetArrayLength().ShouldBe(0);
        unlinked.GetProperty("etag").GetString().ShouldNotBe(etag2);
        (await AuditAsync("credential.updated", id)).Count.ShouldBe(2);
        var same = await Json(await admin.PatchAsJsonAsync($"{path}/{id}", new { assetIds = Array.Empty<Guid>(), name = "Backup account" }));
        same.GetProperty("etag").GetString().ShouldBe(unlinked.GetProperty("etag").GetString());
        (await AuditAsync("credential.updated", id)).Count.ShouldBe(2);

        // Omitting assetIds keeps the links.
        await Json(await admin.PatchAsJsonAsync($"{path}/{id}", new { assetIds = new[] { core } }));
        Ids((await Json(await admin.PatchAsJsonAsync($"{path}/{id}", new { notes = "kept" }))).GetProperty("assetIds")).ShouldBe([core]);
    }

    [Fact]
    public async Task Another_organisations_asset_is_refused_on_create_and_update_and_nothing_changes()
    {
        using var admin = await api.AdminAsync();
        var (org, core, _, _) = await WorldAsync(admin, "Foreign A");
        var other = await OrgWorld.CreateOrgAsync(admin, $"Foreign B {Token()}");
        var foreign = await PostAsync(admin, $"/api/v1/orgs/{other}/assets", new { type = "switch", name = "Their switch" });
        var path = $"/api/v1/orgs/{org}/vault/credentials";

        var refused = await admin.PostAsJsonAsync(path, new { name = "Mixed", assetIds = new[] { core, foreign } });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("assetIds").ToString();
        message.ShouldContain(foreign.ToString());
        message.ShouldNotContain(core.ToString());

        var id = await PostAsync(admin, path, new { name = "Mine", assetIds = new[] { core } });
        (await admin.PatchAsJsonAsync($"{path}/{id}", new { assetIds = new[] { foreign } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync(path, new { name = "Too many", assetIds = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToArray() }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Ids((await admin.GetFromJsonAsync<JsonElement>($"{path}/{id}")).GetProperty("assetIds")).ShouldBe([core]);
        (await AuditAsync("credential.updated", id)).ShouldBeEmpty();
        (await AuditAsync("credential.created", org: org)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_asset_shows_its_credentials_only_to_vault_readers_and_its_contacts_to_everyone_who_reads_it()
    {
        using var admin = await api.AdminAsync();
        var (org, core, edge, _) = await WorldAsync(admin, "Asset panel");
        var alice = await PostAsync(admin, $"/api/v1/orgs/{org}/contacts", new { name = "Alice Admin", email = "alice@example.com", phone = "+1 555 0100" });
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/assets/{core}", new { contactId = alice })).EnsureSuccessStatusCode();
        var path = $"/api/v1/orgs/{org}/vault/credentials";
        var secret = "pw-" + Token();
        var web = await PostAsync(admin, path, new { name = "Web UI", username = "admin", url = "https://core.example.com", password = secret, otpSeed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", assetIds = new[] { core } });
        var pinned = await PostAsync(admin, path, new { name = "Serial console", pinned = true, assetIds = new[] { core, edge } });

        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{core}");
        var text = detail.ToString();
        text.ShouldNotContain(secret);
        var credentials = detail.GetProperty("credentials").EnumerateArray().ToList();
        credentials.Select(c => c.GetProperty("id").GetGuid()).ShouldBe([pinned, web]); // pinned first
        var webUi = credentials[1];
        webUi.GetProperty("name").GetString().ShouldBe("Web UI");
        webUi.GetProperty("username").GetString().ShouldBe("admin");
        webUi.GetProperty("url").GetString().ShouldBe("https://core.example.com");
        webUi.GetProperty("hasPassword").GetBoolean().ShouldBeTrue();
        webUi.GetProperty("hasTotp").GetBoolean().ShouldBeTrue();
        credentials[0].GetProperty("hasPassword").GetBoolean().ShouldBeFalse();
        credentials[0].GetProperty("pinned").GetBoolean().ShouldBeTrue();
        var contact = detail.GetProperty("contacts").EnumerateArray().Single();
        (contact.GetProperty("id").GetGuid(), contact.GetProperty("name").GetString(), contact.GetProperty("relation").GetString()).ShouldBe((alice, "Alice Admin", "assigned"));
        // Showing credential metadata is a vault listing, recorded as the vault's own list is.
        (await AuditAsync("credential.listed", org: org)).ShouldContain(d => d.Contains("\"source\":\"asset\"") && d.Contains(core.ToString()));

        // Without vault.read: the asset, its contacts, no credentials (null, not an empty list) and no vault row.
        var role = await OrgWorld.CustomRoleAsync(admin, org, "Asset reader " + Token(), "org.read", "assets.read");
        var (reader, _) = await OrgWorld.MemberAsync(api, org, $"asset-reader-{Token()}@clientstor.test", role);
        using (reader)
        {
            var listedBefore = (await AuditAsync("credential.listed", org: org)).Count;
            var limited = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{core}");
            limited.GetProperty("credentials").ValueKind.ShouldBe(JsonValueKind.Null);
            limited.GetProperty("contacts").GetArrayLength().ShouldBe(1);
            limited.ToString().ShouldNotContain("Web UI");
            (await AuditAsync("credential.listed", org: org)).Count.ShouldBe(listedBefore);
            (await reader.GetAsync($"{path}?assetId={core}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_deleted_credential_leaves_the_asset_and_a_deleted_asset_leaves_the_credential()
    {
        using var admin = await api.AdminAsync();
        var (org, core, edge, _) = await WorldAsync(admin, "Deletes");
        var path = $"/api/v1/orgs/{org}/vault/credentials";
        var doomed = await PostAsync(admin, path, new { name = "Old login", assetIds = new[] { core } });
        var kept = await PostAsync(admin, path, new { name = "Kept login", assetIds = new[] { core, edge } });
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{core}")).GetProperty("credentials").GetArrayLength().ShouldBe(2);

        (await admin.DeleteAsync($"{path}/{doomed}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AuditAsync("credential.deleted", doomed)).Single().ShouldContain(core.ToString());
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{core}");
        after.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Kept login"]);

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/assets/{core}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Ids((await admin.GetFromJsonAsync<JsonElement>($"{path}/{kept}")).GetProperty("assetIds")).ShouldBe([edge]);
        (await admin.GetFromJsonAsync<JsonElement>($"{path}?assetId={core}")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}

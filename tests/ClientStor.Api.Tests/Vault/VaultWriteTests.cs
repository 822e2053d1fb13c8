using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Features.Vault;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Vault;

/// <summary>Credential and folder writes: ids in bodies stay inside the organisation, etags move with every change, folders page.</summary>
public sealed class VaultWriteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string path, string etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return request;
    }

    private async Task<List<string>> AuditAsync(string action, Guid target)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = target.ToString();
        return await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action == action && e.TargetId == id).OrderBy(e => e.Id).Select(e => e.Details ?? "{}").ToListAsync();
    }

    [Fact]
    public async Task A_credential_naming_another_organisations_asset_or_folder_is_refused_and_nothing_is_stored()
    {
        using var admin = await api.AdminAsync();
        var orgA = await OrgWorld.CreateOrgAsync(admin, "Vault refs A " + Guid.NewGuid().ToString("N")[..6]);
        var orgB = await OrgWorld.CreateOrgAsync(admin, "Vault refs B " + Guid.NewGuid().ToString("N")[..6]);
        var assetB = (await CreatedAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{orgB}/assets", new { type = "switch", name = "B core" }))).GetProperty("id").GetGuid();
        var folderB = (await CreatedAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{orgB}/vault/folders", new { name = "B only" }))).GetProperty("id").GetGuid();
        var assetA = (await CreatedAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/assets", new { type = "switch", name = "A core" }))).GetProperty("id").GetGuid();
        var secret = "never-stored-" + Guid.NewGuid();

        var foreignAsset = await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/vault/credentials", new { name = "Linked to B", assetIds = new[] { assetA, assetB }, password = secret });
        foreignAsset.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(foreignAsset)).GetProperty("errors");
        errors.TryGetProperty("assetIds", out _).ShouldBeTrue(errors.ToString());
        var foreignFolder = await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/vault/credentials", new { name = "Filed in B", folderId = folderB });
        (await Json(foreignFolder)).GetProperty("errors").TryGetProperty("folderId", out _).ShouldBeTrue();
        var foreignParent = await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/vault/folders", new { name = "Child of B", parentId = folderB });
        (await Json(foreignParent)).GetProperty("errors").TryGetProperty("parentId", out _).ShouldBeTrue();

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            (await db.Set<Credential>().IgnoreQueryFilters().CountAsync(c => c.OrgId == orgA)).ShouldBe(0);
            (await db.Set<VaultFolder>().IgnoreQueryFilters().CountAsync(f => f.OrgId == orgA)).ShouldBe(0);
            (await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.OrgId == orgA && (e.Action == "credential.created" || e.Action == "folder.created"))).ShouldBe(0);
            (await db.Set<CredentialSecret>().IgnoreQueryFilters().CountAsync(s => s.OrgId == orgA)).ShouldBe(0);
        }

        // The organisation's own asset is accepted; moving the link to B's asset later is refused the same way.
        var own = await CreatedAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/vault/credentials", new { name = "Linked to A", assetIds = new[] { assetA } }));
        own.GetProperty("assetIds").EnumerateArray().Select(a => a.GetGuid()).ShouldBe([assetA]);
        var id = own.GetProperty("id").GetGuid();
        var moved = await admin.PatchAsJsonAsync($"/api/v1/orgs/{orgA}/vault/credentials/{id}", new { assetIds = new[] { assetB } });
        moved.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(moved)).GetProperty("errors").TryGetProperty("assetIds", out _).ShouldBeTrue();
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{orgA}/vault/credentials/{id}")).GetProperty("assetIds").EnumerateArray().Select(a => a.GetGuid()).ShouldBe([assetA]);
        (await AuditAsync("credential.updated", id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_secret_only_update_is_audited_by_field_name_and_changes_the_etag()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Vault etag " + Guid.NewGuid().ToString("N")[..6]);
        var path = $"/api/v1/orgs/{org}/vault/credentials";
        var created = await admin.PostAsJsonAsync(path, new { name = "Router", password = "first", customSecrets = new Dictionary<string, string> { ["pin"] = "1111" } });
        var createdBody = await CreatedAsync(created);
        var etag = createdBody.GetProperty("etag").GetString()!;
        created.Headers.ETag!.Tag.ShouldBe(etag);
        var id = createdBody.GetProperty("id").GetGuid();
        (await AuditAsync("credential.created", id)).Single().ShouldContain("\"secretFields\":[\"password\",\"custom:pin\"]");

        var secondPassword = "second-" + Guid.NewGuid();
        var changed = await admin.SendAsync(WithIfMatch(HttpMethod.Patch, $"{path}/{id}", etag, new { password = secondPassword }));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var newEtag = (await Json(changed)).GetProperty("etag").GetString()!;
        newEtag.ShouldNotBe(etag);
        changed.Headers.ETag!.Tag.ShouldBe(newEtag);
        var rows = await AuditAsync("credential.updated", id);
        rows.Count.ShouldBe(1);
        rows[0].ShouldContain("\"changed\":[]");
        rows[0].ShouldContain("\"secretsChanged\":[\"password\"]");
        rows[0].ShouldNotContain(secondPassword);

        // The old etag is stale now, for a PATCH and a DELETE alike.
        (await admin.SendAsync(WithIfMatch(HttpMethod.Patch, $"{path}/{id}", etag, new { notes = "x" }))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"{path}/{id}", etag))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var removed = await admin.SendAsync(WithIfMatch(HttpMethod.Patch, $"{path}/{id}", newEtag, new { removeSecrets = new[] { "custom:pin" } }));
        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterRemoval = await Json(removed);
        afterRemoval.GetProperty("etag").GetString().ShouldNotBe(newEtag);
        afterRemoval.GetProperty("secretFields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["password"]);
        (await AuditAsync("credential.updated", id)).Last().ShouldContain("\"secretsRemoved\":[\"custom:pin\"]");

        // Nothing to change: no row, same etag.
        var same = await Json(await admin.PatchAsJsonAsync($"{path}/{id}", new { name = "Router" }));
        same.GetProperty("etag").GetString().ShouldBe(afterRemoval.GetProperty("etag").GetString());
        (await AuditAsync("credential.updated", id)).Count.ShouldBe(2);
        (await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"{path}/{id}", same.GetProperty("etag").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AuditAsync("credential.deleted", id)).Single().ShouldContain("\"secretFields\":[\"password\"]");
    }

    [Fact]
    public async Task Folders_page_by_name_carry_an_etag_and_delete_honours_If_Match()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Vault folders " + Guid.NewGuid().ToString("N")[..6]);
        var path = $"/api/v1/orgs/{org}/vault/folders";
        var ids = new Dictionary<string, Guid>();
        foreach (var name in new[] { "echo", "Alpha", "delta", "Charlie", "bravo" })
        {
            var response = await admin.PostAsJsonAsync(path, new { name });
            var body = await CreatedAsync(response);
            response.Headers.ETag!.Tag.ShouldBe(body.GetProperty("etag").GetString());
            ids[name] = body.GetProperty("id").GetGuid();
        }
        (await admin.PostAsJsonAsync(path, new { name = "ALPHA" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await CreatedAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new { name = "In delta", folderId = ids["delta"] }));

        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"{path}?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            items.Count.ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(items);
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        seen.Select(f => f.GetProperty("name").GetString()).ShouldBe(["Alpha", "bravo", "Charlie", "delta", "echo"]);
        seen.Single(f => f.GetProperty("name").GetString() == "delta").GetProperty("credentialCount").GetInt32().ShouldBe(1);
        seen.ShouldAllBe(f => f.GetProperty("etag").GetString()!.Length > 2);
        (await admin.GetFromJsonAsync<JsonElement>($"{path}?sort=-name&q=A")).GetProperty("items").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).ShouldBe(["delta", "Charlie", "bravo", "Alpha"]);
        (await admin.GetAsync($"{path}?sort=createdAt")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var echo = seen.Single(f => f.GetProperty("name").GetString() == "echo");
        (await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"{path}/{ids["echo"]}", "\"1\""))).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.DeleteAsync($"{path}/{ids["delta"]}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"{path}/{ids["echo"]}", echo.GetProperty("etag").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AuditAsync("folder.deleted", ids["echo"])).Single().ShouldContain("\"name\":\"echo\"");
        (await AuditAsync("folder.created", ids["Alpha"])).Single().ShouldNotContain("normalizedName");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;
using static ClientStor.Tests.Shared.ApiCalls;
using Npgsql;

namespace ClientStor.Api.Tests.Me;

/// <summary>
/// Favourites and recently opened items (<c>/api/v1/me/favourites</c>, <c>/api/v1/me/recents</c>): stored per person on the
/// server, only items the person can see today, resolved from current data, audited like every change.
/// </summary>
public sealed class MyItemsTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement[]> ListAsync(HttpClient client, string list) =>
        [.. (await Json(await client.GetAsync($"/api/v1/me/{list}"))).GetProperty("items").EnumerateArray()];

    private static async Task<Guid[]> IdsAsync(HttpClient client, string list) =>
        [.. (await ListAsync(client, list)).Select(i => i.GetProperty("id").GetGuid())];

    private static Task<HttpResponseMessage> FavouriteAsync(HttpClient client, string type, Guid id, object? body = null) =>
        client.PutAsJsonAsync($"/api/v1/me/favourites/{type}/{id}", body ?? new { });

    private static Task<HttpResponseMessage> OpenAsync(HttpClient client, string type, Guid id) =>
        client.PostAsync($"/api/v1/me/recents/{type}/{id}", null);

    private async Task<long> AuditCountAsync(string actionPrefix)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM audit_events WHERE action LIKE $1", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = actionPrefix + "%" });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Favourites_are_added_once_ordered_moved_and_removed_with_an_audit_row_per_change()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var org = await OrgWorld.CreateOrgAsync(admin, "Fav " + token);
        var role = await OrgWorld.CustomRoleAsync(admin, org, "Reader", "org.read", "assets.read", "vault.read", "ipam.read");
        var (me, _) = await OrgWorld.MemberAsync(api, org, $"fav-{token}@clientstor.test", role);
        using (me)
        {
            var asset = await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "server", name = "FS01", manufacturer = "Dell", model = "R740" });
            var credential = await PostAsync(admin, $"/api/v1/orgs/{org}/vault/credentials", new { name = "Domain admin", username = "administrator", password = "never-" + token });
            var subnet = await PostAsync(admin, $"/api/v1/orgs/{org}/subnets", new { network = "10.61.0.0/24", name = "LAN" });

            var before = await AuditCountAsync("favourite.");
            var added = await Json(await FavouriteAsync(me, "asset", asset));
            (added.GetProperty("type").GetString(), added.GetProperty("id").GetGuid(), added.GetProperty("orgId").GetGuid()).ShouldBe(("asset", asset, org));
            (added.GetProperty("title").GetString(), added.GetProperty("subtitle").GetString(), added.GetProperty("orgName").GetString()).ShouldBe(("FS01", "server · Dell R740", "Fav " + token));
            (await Json(await FavouriteAsync(me, "asset", asset))).GetProperty("id").GetGuid().ShouldBe(asset); // idempotent
            (await AuditCountAsync("favourite.")).ShouldBe(before + 1);
            await Json(await FavouriteAsync(me, "credential", credential));
            await Json(await FavouriteAsync(me, "org", org));
            await Json(await FavouriteAsync(me, "subnet", subnet));
            (await IdsAsync(me, "favourites")).ShouldBe([asset, credential, org, subnet]);
            var items = await ListAsync(me, "favourites");
            items[1].GetProperty("subtitle").GetString().ShouldBe("administrator");
            (items[2].GetProperty("title").GetString(), items[3].GetProperty("title").GetString()).ShouldBe(("Fav " + token, "10.61.0.0/24"));

            await Json(await FavouriteAsync(me, "org", org, new { position = 0 }));
            (await IdsAsync(me, "favourites")).ShouldBe([org, asset, credential, subnet]);
            await Json(await FavouriteAsync(me, "org", org, new { position = 99 }));
            (await IdsAsync(me, "favourites")).ShouldBe([asset, credential, subnet, org]);
            (await AuditCountAsync("favourite.")).ShouldBe(before + 6);

            var etag = (await ListAsync(me, "favourites"))[1].GetProperty("etag").GetString()!;
            using (var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/me/favourites/credential/{credential}"))
            {
                stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
                (await me.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
            }
            using (var current = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/me/favourites/credential/{credential}"))
            {
                current.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
                (await me.SendAsync(current)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            }
            (await me.DeleteAsync($"/api/v1/me/favourites/credential/{credential}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await IdsAsync(me, "favourites")).ShouldBe([asset, subnet, org]);
            (await AuditCountAsync("favourite.deleted")).ShouldBeGreaterThanOrEqualTo(1);
            (await ListAsync(me, "favourites")).ShouldAllBe(i => !i.ToString().Contains("never-"));
        }
    }

    [Fact]
    public async Task Items_the_caller_cannot_see_are_not_found_and_bad_input_is_a_field_error()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var world = await OrgWorld.CreateAsync(api, "fav iso " + token);
        var assetsOnly = await OrgWorld.CustomRoleAsync(admin, world.OrgA, "Assets " + token, "org.read", "assets.read");
        var (me, _) = await OrgWorld.MemberAsync(api, world.OrgA, $"fav-iso-{token}@clientstor.test", assetsOnly);
        using (me)
        {
            var otherOrgsAsset = await PostAsync(admin, $"/api/v1/orgs/{world.OrgB}/assets", new { type = "server", name = "B-1" });
            var credential = await PostAsync(admin, $"/api/v1/orgs/{world.OrgA}/vault/credentials", new { name = "No vault.read", password = "x" });
            foreach (var (type, id) in new[] { ("asset", otherOrgsAsset), ("org", world.OrgB), ("credential", credential), ("asset", Guid.NewGuid()), ("contact", otherOrgsAsset) })
            {
                (await FavouriteAsync(me, type, id)).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{type} {id}");
                (await OpenAsync(me, type, id)).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{type} {id}");
            }
            (await IdsAsync(me, "favourites")).ShouldBeEmpty();
            (await IdsAsync(me, "recents")).ShouldBeEmpty();

            foreach (var (path, body, field) in new (string, object, string)[]
            {
                ($"/api/v1/me/favourites/ipAddress/{Guid.NewGuid()}", new { }, "itemType"),
                ($"/api/v1/me/favourites/asset/not-a-uuid", new { }, "itemId"),
                ($"/api/v1/me/favourites/org/{world.OrgA}", new { position = -1 }, "position"),
                ($"/api/v1/me/favourites/org/{world.OrgA}", new { position = 100 }, "position"),
            })
            {
                var response = await me.PutAsJsonAsync(path, body);
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
                (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(path);
            }
            (await me.PostAsync($"/api/v1/me/recents/vlan/{Guid.NewGuid()}", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Revoked_access_hides_an_item_until_it_is_back_and_deleted_items_are_removed_for_good()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var org = await OrgWorld.CreateOrgAsync(admin, "Revoke " + token);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (me, userId) = await OrgWorld.MemberAsync(api, org, $"fav-rev-{token}@clientstor.test", roles["Technician"]);
        using (me)
        {
            var credential = await PostAsync(admin, $"/api/v1/orgs/{org}/vault/credentials", new { name = "VPN", password = "x" });
            var contact = await PostAsync(admin, $"/api/v1/orgs/{org}/contacts", new { name = "Grace" });
            var asset = await PostAsync(admin, $"/api/v1/orgs/{org}/assets", new { type = "server", name = "Doomed" });
            foreach (var (type, id) in new[] { ("credential", credential), ("contact", contact), ("asset", asset) })
            {
                await Json(await FavouriteAsync(me, type, id));
                await Json(await OpenAsync(me, type, id));
            }

            // A role without vault.read takes the credential away; deleting the asset removes it from both lists for good.
            var noVault = await OrgWorld.CustomRoleAsync(admin, org, "No vault " + token, "org.read", "assets.read");
            (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{userId}", new { roleIds = new[] { noVault } })).EnsureSuccessStatusCode();
            (await IdsAsync(me, "favourites")).ShouldBe([contact, asset]);
            (await IdsAsync(me, "recents")).ShouldBe([asset, contact]);
            (await admin.DeleteAsync($"/api/v1/orgs/{org}/assets/{asset}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await IdsAsync(me, "favourites")).ShouldBe([contact]);
            (await IdsAsync(me, "recents")).ShouldBe([contact]);

            (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{userId}", new { roleIds = new[] { roles["Technician"] } })).EnsureSuccessStatusCode();
            (await IdsAsync(me, "favourites")).ShouldBe([credential, contact]);
            (await IdsAsync(me, "recents")).ShouldBe([contact, credential]);

            await using var connection = new NpgsqlConnection(api.ConnectionString);
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT (SELECT count(*) FROM favourites WHERE item_id = $1) + (SELECT count(*) FROM recent_items WHERE item_id = $1)", connection);
            cmd.Parameters.Add(new NpgsqlParameter { Value = asset });
            ((long)(await cmd.ExecuteScalarAsync())!).ShouldBe(0);

            // Removed from the membership altogether: nothing of the organisation is listed.
            (await admin.DeleteAsync($"/api/v1/orgs/{org}/members/{userId}")).EnsureSuccessStatusCode();
            (await IdsAsync(me, "favourites")).ShouldBeEmpty();
            (await IdsAsync(me, "recents")).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Recents_keep_the_newest_twenty_move_a_reopened_item_to_the_top_and_belong_to_one_person()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var org = await OrgWorld.CreateOrgAsync(admin, "Recents " + token);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (me, _) = await OrgWorld.MemberAsync(api, org, $"rec-{token}@clientstor.test", roles["Technician"]);
        var (colleague, _) = await OrgWorld.MemberAsync(api, org, $"rec2-{token}@clientstor.test", roles["Technician"]);
        using (me)
        using (colleague)
        {
            var contacts = new List<Guid>();
            for (var i = 0; i < 22; i++)
                contacts.Add(await PostAsync(admin, $"/api/v1/orgs/{org}/contacts", new { name = $"Contact {i:D2}" }));
            foreach (var contact in contacts)
                (await Json(await OpenAsync(me, "contact", contact))).GetProperty("id").GetGuid().ShouldBe(contact);
            var newest = Enumerable.Reverse(contacts).Take(20).ToArray();
            (await IdsAsync(me, "recents")).ShouldBe(newest);

            // The newest again: nothing changes (no audit row); an older one moves to the top.
            var rows = await AuditCountAsync("recent.");
            await Json(await OpenAsync(me, "contact", contacts[^1]));
            (await AuditCountAsync("recent.")).ShouldBe(rows);
            await Json(await OpenAsync(me, "contact", contacts[5]));
            (await AuditCountAsync("recent.")).ShouldBe(rows + 1);
            (await IdsAsync(me, "recents")).ShouldBe([contacts[5], .. newest.Where(c => c != contacts[5])]);

            // Another person's lists are their own.
            (await IdsAsync(colleague, "recents")).ShouldBeEmpty();
            await Json(await FavouriteAsync(me, "org", org));
            (await IdsAsync(colleague, "favourites")).ShouldBeEmpty();
            (await colleague.DeleteAsync($"/api/v1/me/favourites/org/{org}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await IdsAsync(me, "favourites")).ShouldBe([org]);
        }
    }

    [Fact]
    public async Task A_person_has_at_most_a_hundred_favourites_and_an_api_key_has_none()
    {
        using var admin = await api.AdminAsync();
        var token = Token();
        var org = await OrgWorld.CreateOrgAsync(admin, "Hundred " + token);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (me, _) = await OrgWorld.MemberAsync(api, org, $"hundred-{token}@clientstor.test", roles["Technician"]);
        using (me)
        {
            for (var i = 0; i < 100; i++)
                await Json(await FavouriteAsync(me, "contact", await PostAsync(admin, $"/api/v1/orgs/{org}/contacts", new { name = $"C{i}" })));
            var full = await FavouriteAsync(me, "org", org);
            full.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            full.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await ListAsync(me, "favourites")).Length.ShouldBe(100);
        }

        var key = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "Key " + token, scopes = new[] { "org.read" } }));
        using var anonymous = api.Anonymous();
        var tokens = await Json(await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.GetProperty("clientId").GetString()!, ["client_secret"] = key.GetProperty("clientSecret").GetString()!,
        })));
        using var ci = api.Anonymous();
        ci.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        (await ci.GetAsync("/api/v1/me/favourites")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ci.PostAsync($"/api/v1/me/recents/org/{org}", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ci.GetAsync("/api/v1/me/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

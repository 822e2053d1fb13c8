using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClientStor.Api.Tests.Roles;

/// <summary>
/// A role sets how long a fresh re-authentication lasts for its holders (1 to 30 minutes, the platform's 5 by default); a
/// person's window in an organisation is the shortest among all the roles they hold there, directly or through teams. The
/// session's re-authentication time is moved back in the database instead of waiting.
/// </summary>
public sealed class ReauthWindowTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Token() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>The user's sessions signed in or re-authenticated <paramref name="age"/> ago.</summary>
    private async Task ReauthenticatedAgoAsync(Guid userId, TimeSpan age)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Sessions.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReauthenticatedAt, DateTimeOffset.UtcNow - age));
    }

    private static async Task<HttpResponseMessage> RevealAsync(HttpClient client, Guid org, Guid credential) =>
        await client.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{credential}/reveal", new { field = "password" });

    private static async Task ShouldNeedReauthAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!.ShouldEndWith("reauth-required");
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, object body)
    {
        var etag = (await client.GetAsync(url)).Headers.ETag!.Tag;
        using var patch = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return await client.SendAsync(patch);
    }

    private async Task<(Guid Org, Guid Credential)> OrgWithCredentialAsync(HttpClient admin)
    {
        var org = await OrgWorld.CreateOrgAsync(admin, "Reauth window " + Token());
        var credential = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new { name = "Firewall", password = "fw-" + Token() })))
            .GetProperty("id").GetGuid();
        return (org, credential);
    }

    [Fact]
    public async Task A_role_with_a_one_minute_window_refuses_a_reveal_after_a_minute_and_thirty_minutes_allow_one_after_twenty()
    {
        using var admin = await api.AdminAsync();
        var (org, credential) = await OrgWithCredentialAsync(admin);
        var quick = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles",
            new { name = "Quick reveal", permissions = new[] { "org.read", "vault.read", "vault.reveal" }, reauthWindowMinutes = 1 })));
        quick.GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(1);
        var roleUrl = $"/api/v1/orgs/{org}/roles/{quick.GetProperty("id").GetGuid()}";
        var (tech, techId) = await OrgWorld.MemberAsync(api, org, $"quick-{Guid.NewGuid():N}@clientstor.test", quick.GetProperty("id").GetGuid());
        using (tech)
        {
            await ReauthenticatedAgoAsync(techId, TimeSpan.FromSeconds(30));
            (await RevealAsync(tech, org, credential)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await ReauthenticatedAgoAsync(techId, TimeSpan.FromSeconds(90));
            await ShouldNeedReauthAsync(await RevealAsync(tech, org, credential));

            // Back to the platform's default (5 minutes): the same re-authentication is fresh again.
            var cleared = await Json(await PatchAsync(admin, roleUrl, new { clearReauthWindow = true }));
            cleared.TryGetProperty("reauthWindowMinutes", out var none).ShouldBeTrue();
            none.ValueKind.ShouldBe(JsonValueKind.Null);
            (await RevealAsync(tech, org, credential)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await ReauthenticatedAgoAsync(techId, TimeSpan.FromMinutes(6));
            await ShouldNeedReauthAsync(await RevealAsync(tech, org, credential));

            // Thirty minutes: twenty minutes after signing in a reveal still needs no password.
            (await Json(await PatchAsync(admin, roleUrl, new { reauthWindowMinutes = 30 }))).GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(30);
            await ReauthenticatedAgoAsync(techId, TimeSpan.FromMinutes(20));
            (await RevealAsync(tech, org, credential)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await ReauthenticatedAgoAsync(techId, TimeSpan.FromMinutes(31));
            await ShouldNeedReauthAsync(await RevealAsync(tech, org, credential));
        }
    }

    [Fact]
    public async Task The_shortest_window_among_direct_and_team_roles_applies_and_leaving_the_team_lifts_it()
    {
        using var admin = await api.AdminAsync();
        var (org, credential) = await OrgWithCredentialAsync(admin);
        var relaxed = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles",
            new { name = "Relaxed", permissions = new[] { "org.read", "vault.read", "vault.reveal" }, reauthWindowMinutes = 30 }))).GetProperty("id").GetGuid();
        var (tech, techId) = await OrgWorld.MemberAsync(api, org, $"shortest-{Guid.NewGuid():N}@clientstor.test", relaxed);
        using (tech)
        {
            await ReauthenticatedAgoAsync(techId, TimeSpan.FromMinutes(10));
            (await RevealAsync(tech, org, credential)).StatusCode.ShouldBe(HttpStatusCode.OK);

            // A team grant of a strict platform role in every organisation: its one minute is now the shortest.
            var strict = (await Json(await admin.PostAsJsonAsync("/api/v1/platform-roles",
                new { name = "Strict " + Token(), permissions = new[] { "org.read" }, reauthWindowMinutes = 1 }))).GetProperty("id").GetGuid();
            var team = (await Json(await admin.PostAsJsonAsync("/api/v1/teams", new { name = "Strict team " + Token() }))).GetProperty("id").GetGuid();
            await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/members", new { userId = techId }));
            await Json(await admin.PostAsJsonAsync($"/api/v1/teams/{team}/grants", new { platformRoleId = strict }));
            await ShouldNeedReauthAsync(await RevealAsync(tech, org, credential));

            var access = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{techId}/access");
            var inOrg = access.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("orgId").GetGuid() == org);
            inOrg.GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(1);
            inOrg.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reauthWindowMinutes").GetInt32()).Order().ShouldBe([1, 30]);

            (await admin.DeleteAsync($"/api/v1/teams/{team}/members/{techId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await RevealAsync(tech, org, credential)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task The_window_is_one_to_thirty_minutes_built_in_roles_take_it_and_every_change_is_audited()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Reauth rules " + Token());
        foreach (var minutes in new[] { 0, 31 })
        {
            var refused = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Too long", permissions = new[] { "org.read" }, reauthWindowMinutes = minutes });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reauthWindowMinutes", out _).ShouldBeTrue();
            (await admin.PostAsJsonAsync("/api/v1/platform-roles", new { name = "Too long " + Token(), reauthWindowMinutes = minutes })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        var role = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Longest", permissions = new[] { "org.read" }, reauthWindowMinutes = 30 })))
            .GetProperty("id").GetGuid();
        var url = $"/api/v1/orgs/{org}/roles/{role}";
        (await PatchAsync(admin, url, new { reauthWindowMinutes = 31 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PatchAsync(admin, url, new { reauthWindowMinutes = 10, clearReauthWindow = true })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await PatchAsync(admin, url, new { reauthWindowMinutes = 10 }))).GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(10);

        // A built-in role takes a window, and nothing else.
        var technician = (await OrgWorld.RolesAsync(admin, org))["Technician"];
        var builtIn = $"/api/v1/orgs/{org}/roles/{technician}";
        (await Json(await PatchAsync(admin, builtIn, new { reauthWindowMinutes = 15 }))).GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(15);
        (await PatchAsync(admin, builtIn, new { name = "Tech" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var platformRole = await Json(await admin.PostAsJsonAsync("/api/v1/platform-roles", new { name = "Windowed " + Token(), permissions = new[] { "org.read" }, reauthWindowMinutes = 30 }));
        platformRole.GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(30);
        var platformUrl = $"/api/v1/platform-roles/{platformRole.GetProperty("id").GetGuid()}";
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, platformUrl) { Content = JsonContent.Create(new { reauthWindowMinutes = 31 }) })
        {
            patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(platformRole.GetProperty("etag").GetString()!));
            (await admin.SendAsync(patch)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, platformUrl) { Content = JsonContent.Create(new { clearReauthWindow = true }) })
        {
            patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(platformRole.GetProperty("etag").GetString()!));
            (await Json(await admin.SendAsync(patch))).GetProperty("reauthWindowMinutes").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        async Task<List<JsonElement>> UpdatesAsync(string action, Guid target)
        {
            await using var cmd = new NpgsqlCommand("SELECT details FROM audit_events WHERE action = $1 AND target_id = $2 ORDER BY id", connection);
            cmd.Parameters.Add(new NpgsqlParameter { Value = action });
            cmd.Parameters.Add(new NpgsqlParameter { Value = target.ToString() });
            var rows = new List<JsonElement>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
            return rows;
        }
        var roleUpdates = await UpdatesAsync("role.updated", role);
        roleUpdates.Count.ShouldBe(1);
        roleUpdates[0].GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ShouldBe(["reauthWindowMinutes"]);
        roleUpdates[0].GetProperty("before").GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(30);
        roleUpdates[0].GetProperty("after").GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(10);
        (await UpdatesAsync("role.updated", technician)).Single().GetProperty("after").GetProperty("reauthWindowMinutes").GetInt32().ShouldBe(15);
        (await UpdatesAsync("platform_role.updated", platformRole.GetProperty("id").GetGuid())).Single()
            .GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ShouldBe(["reauthWindowMinutes"]);
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace ClientStor.Tests.Shared;

/// <summary>Two organisations and people with different roles in them, built through the API.</summary>
public sealed class OrgWorld
{
    public required Guid OrgA { get; init; }
    public required Guid OrgB { get; init; }
    public required Dictionary<string, Guid> RolesA { get; init; }
    public required Dictionary<string, Guid> RolesB { get; init; }
    public required Guid AdminId { get; init; }

    public static async Task<OrgWorld> CreateAsync(ApiHost api, string suffix)
    {
        using var admin = await api.AdminAsync();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var a = await CreateOrgAsync(admin, $"Org A {suffix}");
        var b = await CreateOrgAsync(admin, $"Org B {suffix}");
        return new OrgWorld
        {
            OrgA = a, OrgB = b,
            RolesA = await RolesAsync(admin, a), RolesB = await RolesAsync(admin, b),
            AdminId = me.GetProperty("id").GetGuid(),
        };
    }

    public static async Task<Guid> CreateOrgAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/orgs", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Dictionary<string, Guid>> RolesAsync(HttpClient client, Guid org)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/roles");
        return page.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("id").GetGuid());
    }

    /// <summary>A new user who is a member of <paramref name="org"/> with the given roles; returns a client signed in as them.</summary>
    public static async Task<(HttpClient Client, Guid UserId)> MemberAsync(ApiHost api, Guid org, string email, params Guid[] roleIds)
    {
        var user = await api.CreateUserAsync(email, "member passphrase long enough");
        using (var admin = await api.AdminAsync())
            (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email, roleIds })).EnsureSuccessStatusCode();
        return (api.ClientWith(await api.SignInAsync(email, "member passphrase long enough")), user.Id);
    }

    public static async Task<Guid> CustomRoleAsync(HttpClient admin, Guid org, string name, params string[] permissions)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name, permissions });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

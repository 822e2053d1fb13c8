using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Orgs;

/// <summary>Paging, search, filters and sorting; this class owns its database, so counts are exact.</summary>
public sealed class ListOrgsTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<HttpClient> SeededAsync()
    {
        var client = await api.AdminAsync();
        var existing = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?limit=500");
        if (existing.GetProperty("items").GetArrayLength() == 0)
            foreach (var name in new[] { "Alpha Dental", "bravo Logistics", "Charlie Legal", "Delta Dental", "Echo Farms", "Foxtrot Media", "Golf Club 100%" })
                (await client.PostAsJsonAsync("/api/v1/orgs", new { name })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return client;
    }

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Cursor_paging_walks_every_org_once_in_name_order()
    {
        using var client = await SeededAsync();
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}");
            seen.AddRange(Names(page));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(["Alpha Dental", "bravo Logistics", "Charlie Legal", "Delta Dental", "Echo Farms", "Foxtrot Media", "Golf Club 100%"]);
    }

    [Fact]
    public async Task Descending_sort_pages_backwards()
    {
        using var client = await SeededAsync();
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?limit=4&sort=-name");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs?limit=4&sort=-name&cursor={first.GetProperty("nextCursor").GetString()}");

        Names(first).ShouldBe(["Golf Club 100%", "Foxtrot Media", "Echo Farms", "Delta Dental"]);
        Names(second).ShouldBe(["Charlie Legal", "bravo Logistics", "Alpha Dental"]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Search_matches_case_insensitively_and_treats_wildcards_literally()
    {
        using var client = await SeededAsync();

        Names(await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?q=DENTAL")).ShouldBe(["Alpha Dental", "Delta Dental"]);
        Names(await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?q=100%25")).ShouldBe(["Golf Club 100%"]);
        Names(await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?q=%25")).ShouldBe(["Golf Club 100%"]);
    }

    [Fact]
    public async Task Status_filter_and_updated_since_narrow_the_list()
    {
        using var client = await SeededAsync();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?limit=500");
        var echo = all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Echo Farms");
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        (await client.PatchAsJsonAsync($"/api/v1/orgs/{echo.GetProperty("id").GetGuid()}", new { status = "archived" })).EnsureSuccessStatusCode();

        Names(await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?status=archived")).ShouldBe(["Echo Farms"]);
        Names(await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?status=active")).ShouldNotContain("Echo Farms");
        Names(await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs?updatedSince={Uri.EscapeDataString(before.ToString("O"))}")).ShouldBe(["Echo Farms"]);
        (await client.PatchAsJsonAsync($"/api/v1/orgs/{echo.GetProperty("id").GetGuid()}", new { status = "active" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Bad_list_parameters_are_400_with_each_field_named()
    {
        using var client = await SeededAsync();

        var response = await client.GetAsync("/api/v1/orgs?limit=0&sort=colour&status=gone&cursor=%21%21");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(response)).GetProperty("errors");
        foreach (var field in new[] { "limit", "sort", "status", "cursor" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
    }

    [Fact]
    public async Task A_cursor_from_another_sort_is_refused()
    {
        using var client = await SeededAsync();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs?limit=2&sort=createdAt");

        var response = await client.GetAsync($"/api/v1/orgs?limit=2&sort=name&cursor={page.GetProperty("nextCursor").GetString()}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_tampered_cursor_is_a_400_not_a_failed_query()
    {
        using var client = await SeededAsync();
        var forged = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(
            $"{{\"Sort\":\"createdAt\",\"Key\":\"not a date\",\"Id\":\"{Guid.CreateVersion7()}\"}}"));

        var response = await client.GetAsync($"/api/v1/orgs?sort=createdAt&cursor={forged}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errors").TryGetProperty("cursor", out _).ShouldBeTrue();
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace ClientStor.Tests.Shared;

/// <summary>Small steps tests take through the API (<c>using static</c>): a successful answer's JSON, a created object's id.</summary>
public static class ApiCalls
{
    /// <summary>A short random text to make names unique within a test database.</summary>
    public static string Token() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>The answer's JSON; fails with the body when the answer is not a success.</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>POSTs the body and answers the created object's id.</summary>
    public static async Task<Guid> PostAsync(HttpClient client, string path, object body) =>
        (await Json(await client.PostAsJsonAsync(path, body))).GetProperty("id").GetGuid();

    /// <summary>A date (yyyy-MM-dd) this many days from today (UTC).</summary>
    public static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd");
}

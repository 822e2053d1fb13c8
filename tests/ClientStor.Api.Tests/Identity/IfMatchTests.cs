using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Identity;

/// <summary>Users, sessions and MFA carry etags; a change made with a stale one is refused with 412 and changes nothing.</summary>
public sealed class IfMatchTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Password = "if-match test passphrase";
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@clientstor.test";
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static HttpRequestMessage With(HttpMethod method, string url, string etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return request;
    }

    private static async Task ShouldBeStaleAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Json(response)).GetProperty("type").GetString()!.ShouldEndWith("etag-mismatch");
    }

    /// <summary>Activity on a session (its last-seen time) gives it a new version, as a request a minute later would.</summary>
    private async Task TouchSessionAsync(Guid sessionId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task A_user_patch_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        using var admin = await api.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email = Unique("etag"), password = Password, displayName = "First" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/users/{id}");
        var etag = body.GetProperty("etag").GetString()!;
        created.Headers.ETag!.Tag.ShouldBe(etag);
        var read = await admin.GetAsync($"/api/v1/users/{id}");
        read.Headers.ETag!.Tag.ShouldBe(etag);

        var renamed = await admin.SendAsync(With(HttpMethod.Patch, $"/api/v1/users/{id}", etag, new { displayName = "Second" }));
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fresh = (await Json(renamed)).GetProperty("etag").GetString()!;
        fresh.ShouldNotBe(etag);
        renamed.Headers.ETag!.Tag.ShouldBe(fresh);

        await ShouldBeStaleAsync(await admin.SendAsync(With(HttpMethod.Patch, $"/api/v1/users/{id}", etag, new { displayName = "Third", isActive = false })));
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        after.GetProperty("displayName").GetString().ShouldBe("Second");
        after.GetProperty("isActive").GetBoolean().ShouldBeTrue();

        // One row per change, naming what changed and never the password hash.
        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.TargetId == id.ToString() && e.TargetType == "user").OrderBy(e => e.Id).ToListAsync();
        rows.Select(r => r.Action).ShouldBe(["user.created", "user.updated"]);
        rows.ShouldAllBe(r => r.Category == "admin" && !r.Details!.Contains("hash", StringComparison.OrdinalIgnoreCase));
        using var update = JsonDocument.Parse(rows[1].Details!);
        update.RootElement.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ShouldBe(["displayName"]);
        update.RootElement.GetProperty("before").GetProperty("displayName").GetString().ShouldBe("First");
    }

    [Fact]
    public async Task An_administrator_ending_a_session_with_a_stale_etag_is_refused()
    {
        using var admin = await api.AdminAsync();
        var email = Unique("watched");
        var user = await api.CreateUserAsync(email, Password);
        using var client = api.ClientWith(await api.SignInAsync(email, Password));
        var listed = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}/sessions")).GetProperty("items")[0];
        var session = listed.GetProperty("id").GetGuid();
        var etag = listed.GetProperty("etag").GetString()!;
        await TouchSessionAsync(session);

        await ShouldBeStaleAsync(await admin.SendAsync(With(HttpMethod.Delete, $"/api/v1/users/{user.Id}/sessions/{session}", etag)));
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var current = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}/sessions")).GetProperty("items")[0].GetProperty("etag").GetString()!;
        current.ShouldNotBe(etag);
        (await admin.SendAsync(With(HttpMethod.Delete, $"/api/v1/users/{user.Id}/sessions/{session}", current))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Ending_one_of_my_sessions_with_a_stale_etag_is_refused()
    {
        var email = Unique("mine");
        await api.CreateUserAsync(email, Password);
        using var laptop = api.ClientWith(await api.SignInAsync(email, Password));
        using var phone = api.ClientWith(await api.SignInAsync(email, Password));
        var other = (await laptop.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions")).GetProperty("items").EnumerateArray()
            .Single(s => !s.GetProperty("current").GetBoolean());
        var session = other.GetProperty("id").GetGuid();
        var etag = other.GetProperty("etag").GetString()!;
        await TouchSessionAsync(session);

        await ShouldBeStaleAsync(await laptop.SendAsync(With(HttpMethod.Delete, $"/api/v1/me/sessions/{session}", etag)));
        (await phone.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await laptop.DeleteAsync($"/api/v1/me/sessions/{session}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await phone.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Resetting_a_user_s_mfa_with_a_stale_etag_is_refused_and_keeps_the_authenticator()
    {
        using var admin = await api.AdminAsync();
        var email = Unique("lost-phone");
        var user = await api.CreateUserAsync(email, Password);
        using (var client = api.ClientWith(await api.SignInAsync(email, Password)))
            await Authenticator.EnrolAsync(client);
        var etag = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}")).GetProperty("etag").GetString()!;
        var renamed = await admin.PatchAsJsonAsync($"/api/v1/users/{user.Id}", new { displayName = "Renamed meanwhile" });
        var current = (await Json(renamed)).GetProperty("etag").GetString()!;

        await ShouldBeStaleAsync(await admin.SendAsync(With(HttpMethod.Delete, $"/api/v1/users/{user.Id}/mfa", etag)));
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}")).GetProperty("mfaEnabled").GetBoolean().ShouldBeTrue();

        var reset = await admin.SendAsync(With(HttpMethod.Delete, $"/api/v1/users/{user.Id}/mfa", current));
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(reset)).GetProperty("mfaEnabled").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Turning_my_authenticator_off_with_a_stale_etag_is_refused()
    {
        var email = Unique("totp-off");
        await api.CreateUserAsync(email, Password);
        using var client = api.ClientWith(await api.SignInAsync(email, Password));
        var app = await Authenticator.EnrolAsync(client);
        var status = await client.GetAsync("/api/v1/me/mfa");
        var etag = (await Json(status)).GetProperty("etag").GetString()!;
        status.Headers.ETag!.Tag.ShouldBe(etag);
        // A step-up with a code records the code's time step on the account: a new version.
        (await client.PostAsJsonAsync("/api/v1/auth/reauth", new { password = Password, code = app.CodeAt(app.EnrolledStep + 1) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeStaleAsync(await client.SendAsync(With(HttpMethod.Delete, "/api/v1/me/mfa/totp", etag)));
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me/mfa")).GetProperty("totpEnabled").GetBoolean().ShouldBeTrue();

        var current = (await client.GetFromJsonAsync<JsonElement>("/api/v1/me/mfa")).GetProperty("etag").GetString()!;
        (await client.SendAsync(With(HttpMethod.Delete, "/api/v1/me/mfa/totp", current))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me/mfa")).GetProperty("totpEnabled").GetBoolean().ShouldBeFalse();
    }
}

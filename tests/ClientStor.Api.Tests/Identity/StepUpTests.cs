using ClientStor.Api.Features.Auth;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Identity;

public sealed class StepUpTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task AgeReauthAsync(TimeSpan age)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Sessions
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReauthenticatedAt, DateTimeOffset.UtcNow - age));
    }

    [Fact]
    public async Task Sensitive_operations_need_a_recent_reauthentication()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Step-up " + Guid.NewGuid().ToString("N")[..6]);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Fresh", permissions = new[] { "org.read" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await AgeReauthAsync(TimeSpan.FromMinutes(6));
        var stale = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Stale", permissions = new[] { "org.read" } });
        stale.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!.ShouldEndWith("reauth-required");
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        (await admin.PatchAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}", new { displayName = "Still me" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync($"/api/v1/orgs/{org}/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var wrong = await admin.PostAsJsonAsync("/api/v1/auth/reauth", new { password = "not my password at all" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();

        var ok = await admin.PostAsJsonAsync("/api/v1/auth/reauth", new { password = ApiHost.AdminPassword });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("validUntil").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/roles", new { name = "Stale", permissions = new[] { "org.read" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        (await db.AuditEvents.CountAsync(e => e.Action == "reauth.succeeded")).ShouldBe(1);
        (await db.AuditEvents.CountAsync(e => e.Action == "login.failed")).ShouldBeGreaterThanOrEqualTo(1);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Hosting;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Api.Platform.Security;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>A host with a (generated) MaxMind country database: 198.51.100.0/24 is "ZZ" (blocked), 203.0.113.0/24 is "YY".</summary>
public sealed class GeoIpHost : ApiHost
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"clientstor-geo-{Guid.NewGuid():N}.mmdb");

    protected override void Configure(WebApplicationBuilder b)
    {
        if (!File.Exists(DatabasePath))
            MmdbWriter.Write(DatabasePath, new Dictionary<string, string> { ["198.51.100.0/24"] = "ZZ", ["203.0.113.0/24"] = "YY" });
        b.Configuration["ClientStor:GeoIp:DatabasePath"] = DatabasePath;
        b.Configuration["ClientStor:GeoIp:BlockedCountries:0"] = "zz";
        b.Configuration["ClientStor:Security:EventFlushInterval"] = "01:00:00";
    }
}

public sealed class GeoIpTests(GeoIpHost api) : IClassFixture<GeoIpHost>
{
    private async Task<HttpResponseMessage> From(string address, HttpMethod method, string path, HttpClient? client = null, object? body = null)
    {
        using var anonymous = client is null ? api.Anonymous() : null;
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", address);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await (client ?? anonymous!).SendAsync(request);
    }

    [Fact]
    public async Task Requests_from_a_blocked_country_are_refused_before_sign_in_and_recorded()
    {
        var login = await From("198.51.100.7", HttpMethod.Post, "/api/v1/auth/login", body: new { email = ApiHost.AdminEmail, password = ApiHost.AdminPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await login.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString()!.ShouldEndWith("/geo-blocked");
        problem.GetProperty("detail").GetString()!.ShouldContain("ZZ");

        // A token obtained elsewhere does not help either.
        using var admin = await api.AdminAsync();
        (await From("198.51.100.8", HttpMethod.Get, "/api/v1/orgs", admin)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await From("203.0.113.9", HttpMethod.Get, "/api/v1/orgs", admin)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await From("192.0.2.1", HttpMethod.Get, "/api/v1/orgs", admin)).StatusCode.ShouldBe(HttpStatusCode.OK); // not in the database
        (await From("198.51.100.7", HttpMethod.Get, "/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings/security");
        settings.GetProperty("geoIp").GetProperty("enabled").GetBoolean().ShouldBeTrue();
        settings.GetProperty("geoIp").GetProperty("blockedCountries")[0].GetString().ShouldBe("ZZ");
        settings.GetProperty("geoIp").GetProperty("databaseType").GetString().ShouldBe("ClientStor-Test-Country");

        await api.Services.GetRequiredService<SecurityEvents>().FlushAsync(CancellationToken.None);
        await using var scope = api.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents
            .Where(e => e.Action == SecurityEventKinds.GeoBlocked).OrderBy(e => e.TargetId).ToListAsync();
        rows.Select(r => r.TargetId).ShouldBe(["ZZ:198.51.100.7", "ZZ:198.51.100.8"]);
        rows[0].Ip.ShouldBe("198.51.100.7");
        rows[0].Category.ShouldBe("security");
    }

    [Fact]
    public void A_configured_database_that_is_missing_stops_the_server_from_starting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.mmdb");
        var e = Should.Throw<InvalidOperationException>(() => ClientStorApp.Build(["--urls", "http://127.0.0.1:0"], b =>
        {
            b.Configuration["ConnectionStrings:ClientStor"] = api.ConnectionString;
            b.Configuration["CLIENTSTOR_MASTER_KEY"] = api.MasterKey;
            b.Configuration["ClientStor:RegisterSpaClient"] = "false";
            b.Configuration["ClientStor:GeoIp:DatabasePath"] = missing;
            b.Configuration["ClientStor:GeoIp:BlockedCountries:0"] = "ZZ";
        }));
        e.Message.ShouldContain(missing);
    }
}

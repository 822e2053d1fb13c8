using ClientStor.Api.Features.ApiKeys;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.ApiKeys;

/// <summary>An API key as a CI pipeline holds it.</summary>
internal sealed record KeyCredentials(Guid Id, string ClientId, string Secret);

public sealed class ApiKeyTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<KeyCredentials> CreateKeyAsync(HttpClient creator, Guid org, string[] scopes, string[]? allowedIps = null)
    {
        var response = await creator.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "CI export", scopes, allowedIps });
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"create key: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await Json(response);
        return new KeyCredentials(body.GetProperty("id").GetGuid(), body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>POST /connect/token with client credentials, optionally as if forwarded by the trusted local proxy for <paramref name="forwardedFor"/>.</summary>
    private async Task<HttpResponseMessage> TokenAsync(KeyCredentials key, string? scope = null, string? secret = null, string? forwardedFor = null)
    {
        using var client = api.Anonymous();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.ClientId, ["client_secret"] = secret ?? key.Secret,
        };
        if (scope is not null) form["scope"] = scope;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    private async Task<string> AccessTokenAsync(KeyCredentials key, string? scope = null, string? forwardedFor = null)
    {
        var response = await TokenAsync(key, scope, forwardedFor: forwardedFor);
        var body = await Json(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private HttpClient With(string accessToken, string? forwardedFor = null)
    {
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private async Task<ClientStorDbContext> DbAsync() => api.Services.CreateScope().ServiceProvider.GetRequiredService<ClientStorDbContext>();

    [Fact]
    public async Task The_secret_is_shown_once_and_stored_only_as_a_hash()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys secret " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"]);
        key.Secret.Length.ShouldBeGreaterThan(40);

        var one = await admin.GetAsync($"/api/v1/orgs/{org}/api-keys/{key.Id}");
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await one.Content.ReadAsStringAsync();
        text.ShouldNotContain(key.Secret);
        text.ShouldNotContain("clientSecret");
        var list = await admin.GetStringAsync($"/api/v1/orgs/{org}/api-keys");
        list.ShouldContain(key.ClientId);
        list.ShouldNotContain(key.Secret);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys?q=ci%20exp")).GetProperty("items").GetArrayLength().ShouldBe(1);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys?q=nothing-like-it")).GetProperty("items").GetArrayLength().ShouldBe(0);

        var db = await DbAsync();
        var stored = await db.Database.SqlQuery<string>($"SELECT client_secret AS \"Value\" FROM \"OpenIddictApplications\" WHERE client_id = {key.ClientId}").SingleAsync();
        stored.ShouldNotContain(key.Secret);
        var everything = await db.Database.SqlQuery<string>($"SELECT row_to_json(k)::text AS \"Value\" FROM api_keys k WHERE id = {key.Id}").SingleAsync();
        everything.ShouldNotContain(key.Secret);

        // The secret works; a wrong one does not.
        using var client = With(await AccessTokenAsync(key));
        (await client.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TokenAsync(key, secret: key.Secret + "x")).IsSuccessStatusCode.ShouldBeFalse();
        (await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.Action == "apikey.created" && e.TargetId == key.Id.ToString())).ShouldBe(1);
        (await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.Action == "token.issued" && e.TargetId == key.Id.ToString() && e.Category == "api")).ShouldBe(1);
    }

    [Fact]
    public async Task A_requested_scope_narrows_the_token_and_a_violation_is_403_and_audited()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys scope " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read", "audit.read"]);

        using (var full = With(await AccessTokenAsync(key)))
        {
            (await full.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await full.GetAsync($"/api/v1/orgs/{org}/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        using (var narrow = With(await AccessTokenAsync(key, scope: "org.read")))
        {
            (await narrow.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var violation = await narrow.GetAsync($"/api/v1/orgs/{org}/audit");
            violation.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var problem = await Json(violation);
            problem.GetProperty("type").GetString()!.ShouldEndWith("scope-violation");
            problem.GetProperty("permission").GetString().ShouldBe("audit.read");
            (await narrow.GetAsync($"/api/v1/orgs/{org}/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await narrow.GetAsync($"/api/v1/orgs/{org}/api-keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        var widen = await TokenAsync(key, scope: "org.read roles.manage");
        widen.IsSuccessStatusCode.ShouldBeFalse();
        (await Json(widen)).GetProperty("error_description").GetString()!.ShouldContain("scope");

        var db = await DbAsync();
        var audit = await db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action == "apikey.scope_violation" && e.TargetId == key.Id.ToString()).OrderBy(e => e.Id).ToListAsync();
        audit.Count.ShouldBe(2);
        audit[0].Category.ShouldBe("security");
        audit[0].OrgId.ShouldBe(org);
        audit[0].Ip.ShouldBe("127.0.0.1");
        audit[0].ActorType.ShouldBe("api-key");
        JsonDocument.Parse(audit[0].Details!).RootElement.GetProperty("endpoint").GetString().ShouldBe($"GET /api/v1/orgs/{org}/audit");
        JsonDocument.Parse(audit[0].Details!).RootElement.GetProperty("status").GetInt32().ShouldBe(403);
    }

    [Fact]
    public async Task A_creator_cannot_grant_what_they_do_not_hold_and_nobody_can_grant_vault_reveal()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys escalate " + Guid.NewGuid().ToString("N")[..6]);
        var role = await OrgWorld.CustomRoleAsync(admin, org, "Key issuer", "org.read", "apikeys.manage");
        var (issuer, _) = await OrgWorld.MemberAsync(api, org, $"issuer-{Guid.NewGuid():N}@clientstor.test", role);

        var escalate = await issuer.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "sneaky", scopes = new[] { "org.read", "audit.read" } });
        escalate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(escalate)).GetProperty("errors").GetProperty("scopes")[0].GetString()!.ShouldContain("audit.read");
        (await CreateKeyAsync(issuer, org, ["org.read"])).ClientId.ShouldStartWith("csk_");

        var reveal = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "reveal", scopes = new[] { "vault.read", "vault.reveal" } });
        reveal.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(reveal)).GetProperty("errors").GetProperty("scopes")[0].GetString()!.ShouldContain("vault.reveal");
        var bad = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new
        {
            name = "", scopes = new[] { "assets.fly" }, allowedIps = new[] { "10.0.0.1/8" }, expiresAt = DateTimeOffset.UtcNow.AddYears(2),
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.GetProperty("scopes")[0].GetString()!.ShouldContain("assets.fly");
        errors.GetProperty("allowedIps")[0].GetString()!.ShouldContain("10.0.0.1/8");
        errors.TryGetProperty("expiresAt", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_ip_allowlist_takes_v4_and_v6_networks_and_applies_to_issued_tokens()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys ip " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"], ["203.0.113.0/24", "2001:db8:42::/48"]);
        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys/{key.Id}");
        stored.GetProperty("allowedIps").EnumerateArray().Select(x => x.GetString()).ShouldBe(["203.0.113.0/24", "2001:db8:42::/48"]);

        // The API sees the client address through the trusted local proxy (X-Forwarded-For from loopback).
        (await TokenAsync(key)).IsSuccessStatusCode.ShouldBeFalse();
        var outside = await TokenAsync(key, forwardedFor: "198.51.100.7");
        outside.IsSuccessStatusCode.ShouldBeFalse();
        (await Json(outside)).GetProperty("error_description").GetString()!.ShouldContain("IP address");
        (await TokenAsync(key, forwardedFor: "2001:db8:43::1")).IsSuccessStatusCode.ShouldBeFalse();

        var v4 = await AccessTokenAsync(key, forwardedFor: "203.0.113.77");
        var v6 = await AccessTokenAsync(key, forwardedFor: "2001:db8:42:ffff::9");
        using (var fromV6 = With(v6, "2001:db8:42::1"))
            (await fromV6.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stolen = With(v4, "198.51.100.7"))
        {
            var denied = await stolen.GetAsync($"/api/v1/orgs/{org}");
            denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await Json(denied)).GetProperty("type").GetString()!.ShouldEndWith("ip-not-allowed");
        }
        var db = await DbAsync();
        (await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.Action == "apikey.ip_denied" && e.TargetId == key.Id.ToString() && e.Ip == "198.51.100.7")).ShouldBe(1);
        (await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.Action == "token.refused" && e.TargetId == key.Id.ToString())).ShouldBe(3);

        // A replica that trusts only a proxy at 10.9.9.9 ignores X-Forwarded-For from anyone else (here: loopback).
        using (var strict = await api.StartReplicaAsync(b => b.Configuration["ClientStor:TrustedProxies:0"] = "10.9.9.9"))
        {
            using var spoofed = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials", ["client_id"] = key.ClientId, ["client_secret"] = key.Secret,
                }),
            };
            spoofed.Headers.Add("X-Forwarded-For", "203.0.113.77");
            (await strict.SendAsync(spoofed)).IsSuccessStatusCode.ShouldBeFalse();
        }
        var used = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys/{key.Id}");
        used.GetProperty("lastUsedIp").GetString().ShouldBe("2001:db8:42::1");
        used.GetProperty("lastUsedAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Revocation_stops_an_already_issued_token_on_its_next_request()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys revoke " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"]);
        using var client = With(await AccessTokenAsync(key));
        (await client.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/api-keys/{key.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenAsync(key)).IsSuccessStatusCode.ShouldBeFalse();

        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys")).GetProperty("items").GetArrayLength().ShouldBe(0);
        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys?includeRevoked=true");
        all.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("revoked");
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/api-keys/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_revoked_token_stops_on_its_next_request_while_the_key_and_its_other_tokens_still_work()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys token revoke " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"]);
        var first = await AccessTokenAsync(key);
        var second = await AccessTokenAsync(key);
        using var firstClient = With(first);
        using var secondClient = With(second);
        (await firstClient.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Keys may not call /connect/revoke; the token entry is revoked the way OpenIddict's token manager does it.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictTokenManager>();
            var entry = await tokens.FindByIdAsync(TokenSet.Claim(first, "oi_tkn_id"));
            (await tokens.TryRevokeAsync(entry!)).ShouldBeTrue();
        }

        (await firstClient.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await secondClient.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var fresh = With(await AccessTokenAsync(key));
        (await fresh.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_expired_key_gets_no_token_and_its_tokens_stop()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys expiry " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"]);
        using var client = With(await AccessTokenAsync(key));
        var db = await DbAsync();
        await db.ApiKeys.IgnoreQueryFilters().Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));

        (await client.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await TokenAsync(key);
        refused.IsSuccessStatusCode.ShouldBeFalse();
        (await Json(refused)).GetProperty("error_description").GetString()!.ShouldContain("expired");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys/{key.Id}")).GetProperty("status").GetString().ShouldBe("expired");
    }

    [Fact]
    public async Task Rotation_invalidates_the_old_secret_and_its_tokens_at_once()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys rotate " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"]);
        using var old = With(await AccessTokenAsync(key));
        var rotated = await admin.PostAsync($"/api/v1/orgs/{org}/api-keys/{key.Id}/rotate", null);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var secret = (await Json(rotated)).GetProperty("clientSecret").GetString()!;
        secret.ShouldNotBe(key.Secret);

        (await old.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenAsync(key)).IsSuccessStatusCode.ShouldBeFalse();
        using var fresh = With(await AccessTokenAsync(key with { Secret = secret }));
        (await fresh.GetAsync($"/api/v1/orgs/{org}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Keys_are_bound_to_their_orgs_and_never_reach_people_only_endpoints()
    {
        using var admin = await api.AdminAsync();
        var a = await OrgWorld.CreateOrgAsync(admin, "Keys bind A " + Guid.NewGuid().ToString("N")[..6]);
        var b = await OrgWorld.CreateOrgAsync(admin, "Keys bind B " + Guid.NewGuid().ToString("N")[..6]);
        var c = await OrgWorld.CreateOrgAsync(admin, "Keys bind C " + Guid.NewGuid().ToString("N")[..6]);

        var orgKey = await CreateKeyAsync(admin, a, ["org.read", "apikeys.manage"]);
        using (var client = With(await AccessTokenAsync(orgKey)))
        {
            (await client.GetAsync($"/api/v1/orgs/{b}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var orgs = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs");
            orgs.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldBe([a]);
            foreach (var path in new[] { "/api/v1/me", "/api/v1/users", "/api/v1/audit", "/api/v1/api-keys" })
            {
                var people = await client.GetAsync(path);
                people.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
                (await Json(people)).GetProperty("type").GetString()!.ShouldEndWith("people-only");
            }
            // Issuing keys needs a person's fresh re-authentication: a key cannot mint keys.
            (await client.PostAsJsonAsync($"/api/v1/orgs/{a}/api-keys", new { name = "child", scopes = new[] { "org.read" } }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/v1/orgs/{a}/api-keys")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var platform = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "MSP export", scopes = new[] { "org.read" }, orgIds = new[] { a, b } });
        platform.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(platform);
        var platformKey = new KeyCredentials(body.GetProperty("id").GetGuid(), body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
        using (var client = With(await AccessTokenAsync(platformKey)))
        {
            (await client.GetAsync($"/api/v1/orgs/{a}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync($"/api/v1/orgs/{b}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync($"/api/v1/orgs/{c}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var orgs = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs");
            orgs.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).Order().ShouldBe(new[] { a, b }.Order());
        }
        var both = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "org.read" }, allOrgs = true, orgIds = new[] { a } });
        both.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(both)).GetProperty("errors").TryGetProperty("orgIds", out _).ShouldBeTrue();
        var everywhere = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "all", scopes = new[] { "org.read" }, allOrgs = true });
        everywhere.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/api-keys")).GetProperty("items").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Revoking_with_a_stale_etag_is_412_and_the_key_keeps_working()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys etag " + Guid.NewGuid().ToString("N")[..6]);
        var key = await CreateKeyAsync(admin, org, ["org.read"]);
        var read = await admin.GetAsync($"/api/v1/orgs/{org}/api-keys/{key.Id}");
        var etag = (await Json(read)).GetProperty("etag").GetString()!;
        read.Headers.ETag!.ToString().ShouldBe(etag);
        var rotated = await admin.PostAsync($"/api/v1/orgs/{org}/api-keys/{key.Id}/rotate", null);
        var current = (await Json(rotated)).GetProperty("key").GetProperty("etag").GetString()!;
        current.ShouldNotBe(etag);
        rotated.Headers.ETag!.ToString().ShouldBe(current);

        using var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/orgs/{org}/api-keys/{key.Id}");
        stale.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        (await admin.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/api-keys/{key.Id}")).GetProperty("status").GetString().ShouldBe("active");

        using var fresh = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/orgs/{org}/api-keys/{key.Id}");
        fresh.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(current));
        (await admin.SendAsync(fresh)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var db = await DbAsync();
        var revoked = await db.AuditEvents.IgnoreQueryFilters().SingleAsync(e => e.Action == "apikey.revoked" && e.TargetId == key.Id.ToString());
        revoked.TargetType.ShouldBe("apikey");
        revoked.OrgId.ShouldBe(org);
        revoked.Details!.ShouldNotContain("css_");
    }

    [Fact]
    public async Task A_platform_key_bound_to_an_organisation_that_does_not_exist_is_a_field_error()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Keys unknown org " + Guid.NewGuid().ToString("N")[..6]);
        var missing = Guid.CreateVersion7();

        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "MSP export", scopes = new[] { "org.read" }, orgIds = new[] { org, missing } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = (await Json(response)).GetProperty("errors").GetProperty("orgIds")[0].GetString()!;
        message.ShouldContain(missing.ToString());
        message.ShouldNotContain(org.ToString());
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/api-keys?q=MSP%20export")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}

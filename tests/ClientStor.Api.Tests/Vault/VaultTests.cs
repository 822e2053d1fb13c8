using ClientStor.Api.Features.Auth;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Features.Vault;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Tests.Identity;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OtpNet;

namespace ClientStor.Api.Tests.Vault;

public sealed class VaultTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<Guid> CreateCredentialAsync(HttpClient client, Guid org, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", body);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"create credential: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    private async Task<List<string>> AuditDetailsAsync(string action, Guid target)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = target.ToString();
        return await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action == action && e.TargetId == id).OrderBy(e => e.Id).Select(e => e.Details != null ? e.Details : "{}").ToListAsync();
    }

    private async Task AgeReauthAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Sessions
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReauthenticatedAt, DateTimeOffset.UtcNow.AddMinutes(-10)));
    }

    [Fact]
    public async Task Secrets_are_write_only_in_crud_and_every_access_is_audited()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Vault crud " + Guid.NewGuid().ToString("N")[..6]);
        var folder = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/folders", new { name = "Network" }))).GetProperty("id").GetGuid();
        var password = "pw-" + Guid.NewGuid();
        var pin = "pin-" + Guid.NewGuid();
        var create = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new
        {
            name = "Core switch", username = "admin", url = "https://10.0.0.2", folderId = folder, tags = new[] { "network", "cisco" },
            password, otpSeed = $"otpauth://totp/Switch?secret={Seed}&issuer=Cisco", customSecrets = new Dictionary<string, string> { ["enable pin"] = pin },
        });
        create.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await create.Content.ReadAsStringAsync();
        created.ShouldNotContain(password);
        created.ShouldNotContain(pin);
        created.ShouldNotContain(Seed);
        var body = JsonDocument.Parse(created).RootElement;
        var id = body.GetProperty("id").GetGuid();
        body.GetProperty("secretFields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["custom:enable pin", "otpSeed", "password"]);

        var one = await admin.GetStringAsync($"/api/v1/orgs/{org}/vault/credentials/{id}");
        one.ShouldNotContain(password);
        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/vault/credentials?q=core&folderId={folder}&tag=cisco");
        list.GetProperty("items").GetArrayLength().ShouldBe(1);
        list.ToString().ShouldNotContain(password);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/vault/credentials?tag=nope")).GetProperty("items").GetArrayLength().ShouldBe(0);

        var etag = (await admin.GetAsync($"/api/v1/orgs/{org}/vault/credentials/{id}")).Headers.ETag!.Tag;
        var newPassword = "pw2-" + Guid.NewGuid();
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{org}/vault/credentials/{id}")
               { Content = JsonContent.Create(new { name = "Core switch 1", password = newPassword, removeSecrets = new[] { "custom:enable pin" } }) })
        {
            patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            var updated = await admin.SendAsync(patch);
            updated.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await Json(updated)).GetProperty("secretFields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["otpSeed", "password"]);
        }
        using (var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{org}/vault/credentials/{id}") { Content = JsonContent.Create(new { notes = "x" }) })
        {
            stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            (await admin.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        }

        var reveal = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "password" });
        reveal.StatusCode.ShouldBe(HttpStatusCode.OK);
        reveal.Headers.CacheControl!.NoStore.ShouldBeTrue();
        // A secret field added by a later PATCH.
        var added = await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}", new { customSecrets = new Dictionary<string, string> { ["snmp community"] = "c0mmunity" } });
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        (await Json(added)).GetProperty("secretFields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["custom:snmp community", "otpSeed", "password"]);
        (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "custom:snmp community" })))
            .GetProperty("value").GetString().ShouldBe("c0mmunity");
        (await Json(reveal)).GetProperty("value").GetString().ShouldBe(newPassword);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "custom:enable pin" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var totp = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/vault/credentials/{id}/totp");
        var expected = new Totp(Base32Encoding.ToBytes(Seed));
        totp.GetProperty("code").GetString()!.ShouldBeOneOf(expected.ComputeTotp(DateTime.UtcNow), expected.ComputeTotp(DateTime.UtcNow.AddSeconds(-5)));

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/vault/credentials/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/v1/orgs/{org}/vault/credentials/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var updatedAudit = (await AuditDetailsAsync("credential.updated", id))[0];
        updatedAudit.ShouldContain("\"secretsChanged\":[\"password\"]");
        updatedAudit.ShouldContain("\"secretsRemoved\":[\"custom:enable pin\"]");
        updatedAudit.ShouldContain("name");
        var revealed = await AuditDetailsAsync("credential.revealed", id);
        revealed.Count.ShouldBe(2);
        revealed[0].ShouldContain("\"field\":\"password\"");
        revealed[1].ShouldContain("\"field\":\"custom:snmp community\"");
        (await AuditDetailsAsync("credential.totp_viewed", id)).Count.ShouldBe(1);
        (await AuditDetailsAsync("credential.created", id)).Count.ShouldBe(1);
        (await AuditDetailsAsync("credential.viewed", id)).Count.ShouldBeGreaterThanOrEqualTo(2);
        (await AuditDetailsAsync("credential.deleted", id)).Count.ShouldBe(1);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        (await db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.Action == "credential.listed" && e.OrgId == org)).ShouldBe(2);
        var everything = string.Join("\n", await db.AuditEvents.IgnoreQueryFilters().Where(e => e.OrgId == org && e.Details != null).Select(e => e.Details!).ToListAsync());
        everything.ShouldNotContain(password);
        everything.ShouldNotContain(newPassword);
        everything.ShouldNotContain(pin);
    }

    [Fact]
    public async Task Reveal_needs_the_permission_a_fresh_reauthentication_and_a_person()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Vault reveal " + Guid.NewGuid().ToString("N")[..6]);
        var id = await CreateCredentialAsync(admin, org, new { name = "Firewall", password = "fw-secret", otpSeed = Seed });
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (reader, _) = await OrgWorld.MemberAsync(api, org, $"reader-{Guid.NewGuid():N}@clientstor.test", roles["Read-only"]);
        (await reader.GetAsync($"/api/v1/orgs/{org}/vault/credentials/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var denied = await reader.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "password" });
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(denied)).GetProperty("permission").GetString().ShouldBe("vault.reveal");

        await AgeReauthAsync();
        var stale = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "password" });
        stale.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(stale)).GetProperty("type").GetString()!.ShouldEndWith("reauth-required");
        (await admin.GetAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/totp")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostAsJsonAsync("/api/v1/auth/reauth", new { password = ApiHost.AdminPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "password" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // An API key, even with every vault scope it can get, never reveals.
        var keyResponse = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "vault ci", scopes = new[] { "vault.read", "vault.write" } });
        keyResponse.StatusCode.ShouldBe(HttpStatusCode.Created);
        var key = await Json(keyResponse);
        using var anonymous = api.Anonymous();
        var token = await Json(await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = key.GetProperty("clientId").GetString()!, ["client_secret"] = key.GetProperty("clientSecret").GetString()!,
        })));
        using var ci = api.Anonymous();
        ci.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("access_token").GetString());
        (await ci.GetAsync($"/api/v1/orgs/{org}/vault/credentials")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var keyReveal = await ci.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field = "password" });
        keyReveal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await keyReveal.Content.ReadAsStringAsync()).ShouldNotContain("fw-secret");
        (await ci.GetAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/totp")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Ciphertext_moved_to_another_row_org_or_field_does_not_decrypt_and_is_a_security_event()
    {
        using var admin = await api.AdminAsync();
        var orgA = await OrgWorld.CreateOrgAsync(admin, "Vault move A " + Guid.NewGuid().ToString("N")[..6]);
        var orgB = await OrgWorld.CreateOrgAsync(admin, "Vault move B " + Guid.NewGuid().ToString("N")[..6]);
        var source = await CreateCredentialAsync(admin, orgA, new { name = "Source", password = "the real one" });
        var sameOrg = await CreateCredentialAsync(admin, orgA, new { name = "Same org", password = "decoy" });
        var otherOrg = await CreateCredentialAsync(admin, orgB, new { name = "Other org", password = "decoy" });
        var otherField = await CreateCredentialAsync(admin, orgA, new { name = "Other field", password = "x", customSecrets = new Dictionary<string, string> { ["pin"] = "1234" } });

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            var stolen = await db.CredentialSecrets.IgnoreQueryFilters().Where(s => s.CredentialId == source && s.Field == "password").Select(s => s.Ciphertext).SingleAsync();
            foreach (var (target, field) in new[] { (sameOrg, "password"), (otherOrg, "password"), (source, "password") })
                if (target != source)
                    await db.CredentialSecrets.IgnoreQueryFilters().Where(s => s.CredentialId == target && s.Field == field)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ciphertext, stolen));
            var ownPassword = await db.CredentialSecrets.IgnoreQueryFilters().Where(s => s.CredentialId == otherField && s.Field == "password").Select(s => s.Ciphertext).SingleAsync();
            await db.CredentialSecrets.IgnoreQueryFilters().Where(s => s.CredentialId == otherField && s.Field == "custom:pin")
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ciphertext, ownPassword));
        }

        (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/vault/credentials/{source}/reveal", new { field = "password" })))
            .GetProperty("value").GetString().ShouldBe("the real one");
        foreach (var (org, id, field) in new[] { (orgA, sameOrg, "password"), (orgB, otherOrg, "password"), (orgA, otherField, "custom:pin") })
        {
            var r = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials/{id}/reveal", new { field });
            r.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var text = await r.Content.ReadAsStringAsync();
            text.ShouldContain("secret-unreadable");
            text.ShouldNotContain("the real one");
        }
        await using var check = api.Services.CreateAsyncScope();
        var events = await check.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action == "secret.unreadable" && e.Category == "security").ToListAsync();
        events.Select(e => e.TargetId).ShouldBe([sameOrg.ToString(), otherOrg.ToString(), otherField.ToString()], ignoreOrder: true);
        events.Single(e => e.TargetId == otherOrg.ToString()).OrgId.ShouldBe(orgB);
    }

    [Fact]
    public async Task A_database_dump_contains_no_stored_secret()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Vault dump " + Guid.NewGuid().ToString("N")[..6]);
        var marker = Guid.NewGuid().ToString("N");
        var secrets = new[] { $"password-{marker}", $"custom-{marker}", $"notes-are-not-secret-{marker}" };
        await CreateCredentialAsync(admin, org, new
        {
            name = "Dumped", password = secrets[0], customSecrets = new Dictionary<string, string> { ["api token"] = secrets[1] }, otpSeed = Seed,
        });
        var email = $"dump-{marker}@clientstor.test";
        await api.CreateUserAsync(email, "dump test passphrase 1");
        using var user = api.ClientWith(await api.SignInAsync(email, "dump test passphrase 1"));
        var app = await Authenticator.EnrolAsync(user);

        var cs = new NpgsqlConnectionStringBuilder(api.ConnectionString);
        var psi = new ProcessStartInfo(PgDump()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-h", cs.Host!, "-p", cs.Port.ToString(), "-U", cs.Username!, "--data-only", "--inserts", cs.Database! })
            psi.ArgumentList.Add(a);
        if (cs.Password is { } pw) psi.Environment["PGPASSWORD"] = pw;
        using var dump = Process.Start(psi)!;
        var output = dump.StandardOutput.ReadToEndAsync();
        var error = dump.StandardError.ReadToEndAsync();
        await dump.WaitForExitAsync();
        dump.ExitCode.ShouldBe(0, await error);
        var text = await output;
        text.ShouldContain("Dumped");
        text.ShouldContain(email);
        text.ShouldNotContain(secrets[0]);
        text.ShouldNotContain(secrets[1]);
        text.ShouldNotContain(Seed);
        text.ShouldNotContain(app.Secret);
        text.ShouldNotContain("PRIVATE KEY"); // the OAuth server's signing and encryption keys are encrypted too
        foreach (var code in app.RecoveryCodes)
            text.ShouldNotContain(code.Replace("-", ""));
    }

    private static string PgDump()
    {
        foreach (var dir in Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().ToArray() : [])
            if (File.Exists(Path.Combine(dir, "bin", "pg_dump")))
                return Path.Combine(dir, "bin", "pg_dump");
        return "pg_dump";
    }

    [Fact]
    public async Task The_generator_uses_the_chosen_sets_and_passphrases_use_the_word_list()
    {
        using var admin = await api.AdminAsync();
        var pw = await Json(await admin.PostAsJsonAsync("/api/v1/vault/password-generator", new { length = 32, symbols = false, avoidAmbiguous = true }));
        var password = pw.GetProperty("password").GetString()!;
        password.Length.ShouldBe(32);
        password.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) && !"0Oo1lI".Contains(c));
        password.ShouldContain(c => char.IsAsciiDigit(c));
        pw.GetProperty("entropyBits").GetDouble().ShouldBeGreaterThan(150);

        var phrase = await Json(await admin.PostAsJsonAsync("/api/v1/vault/password-generator", new { passphrase = true, words = 5, separator = "." }));
        var words = phrase.GetProperty("password").GetString()!.Split('.');
        words.Length.ShouldBe(5);
        words.ShouldAllBe(w => w.Length >= 4 && w.All(char.IsAsciiLetterLower));
        phrase.GetProperty("entropyBits").GetDouble().ShouldBe(60);

        var bad = await admin.PostAsJsonAsync("/api/v1/vault/password-generator", new { length = 4, lowercase = false, uppercase = false, digits = false, symbols = false });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.TryGetProperty("length", out _).ShouldBeTrue();
        errors.TryGetProperty("lowercase", out _).ShouldBeTrue();
    }
}

using ClientStor.Api.Features.Users;
using ClientStor.Api.Features.Auth;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace ClientStor.Api.Tests.Identity;

/// <summary>An authenticator app in a test: RFC 6238 codes for any 30-second step.</summary>
internal sealed record Authenticator(string Secret, long EnrolledStep, IReadOnlyList<string> RecoveryCodes)
{
    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
    public string CodeAt(long step) => new Totp(Base32Encoding.ToBytes(Secret)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);

    /// <summary>Starts and confirms enrolment with the current code.</summary>
    public static async Task<Authenticator> EnrolAsync(HttpClient client)
    {
        var start = await client.PostAsync("/api/v1/me/mfa/totp", null);
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        var secret = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var step = CurrentStep;
        var confirm = await client.PostAsJsonAsync("/api/v1/me/mfa/totp/confirm", new { code = new Authenticator(secret, step, []).CodeAt(step) });
        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = (await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        return new Authenticator(secret, step, codes);
    }
}

public sealed class MfaTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Password = "mfa test passphrase 2026";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<(HttpClient Client, Guid Id, string Email)> NewUserAsync()
    {
        var email = $"mfa-{Guid.NewGuid():N}@clientstor.test";
        var user = await api.CreateUserAsync(email, Password);
        return (api.ClientWith(await api.SignInAsync(email, Password)), user.Id, email);
    }

    private async Task<int> AuditCountAsync(string action, Guid userId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = userId.ToString();
        return await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents
            .CountAsync(e => e.Action == action && (e.TargetId == id || e.ActorId == id));
    }

    [Fact]
    public async Task Enrolment_gives_a_qr_code_and_ten_recovery_codes_once_confirmed_with_a_code()
    {
        var (client, id, email) = await NewUserAsync();
        var start = await client.PostAsync("/api/v1/me/mfa/totp", null);
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        start.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var body = await Json(start);
        var secret = body.GetProperty("secret").GetString()!;
        Base32Encoding.ToBytes(secret).Length.ShouldBe(20);
        var uri = body.GetProperty("otpauthUri").GetString()!;
        uri.ShouldStartWith("otpauth://totp/ClientStor%3A");
        uri.ShouldContain(Uri.EscapeDataString(email));
        uri.ShouldContain($"secret={secret}");
        uri.ShouldContain("issuer=ClientStor");
        var png = Convert.FromBase64String(body.GetProperty("qrPngBase64").GetString()!);
        png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        body.GetProperty("qrSvg").GetString()!.ShouldContain("<svg");

        // Not on until confirmed: signing in still needs only the password.
        (await api.LoginAsync(email, Password)).Status.ShouldBe("ok");

        var wrong = await client.PostAsJsonAsync("/api/v1/me/mfa/totp/confirm", new { code = "000000" == new Authenticator(secret, 0, []).CodeAt(Authenticator.CurrentStep) ? "111111" : "000000" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(wrong)).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();

        var step = Authenticator.CurrentStep;
        var confirm = await client.PostAsJsonAsync("/api/v1/me/mfa/totp/confirm", new { code = new Authenticator(secret, step, []).CodeAt(step) });
        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = (await Json(confirm)).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);
        codes.ShouldAllBe(c => c.Length == 19);

        var status = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/mfa");
        status.GetProperty("totpEnabled").GetBoolean().ShouldBeTrue();
        status.GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(10);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("mfaEnabled").GetBoolean().ShouldBeTrue();
        (await client.PostAsync("/api/v1/me/mfa/totp", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await api.LoginAsync(email, Password)).Status.ShouldBe("mfa_required");

        // At rest: an AES-GCM envelope, never the seed; recovery codes only as hashes.
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var stored = await db.Users.Where(u => u.Id == id).Select(u => u.TotpSecret).SingleAsync();
        stored![0].ShouldBe((byte)1);
        Encoding.ASCII.GetString(stored).ShouldNotContain(secret);
        stored.AsSpan().IndexOf(Base32Encoding.ToBytes(secret)).ShouldBe(-1);
        var hashes = await db.RecoveryCodes.Where(r => r.UserId == id).Select(r => r.Hash).ToListAsync();
        hashes.Count.ShouldBe(10);
        hashes.ShouldAllBe(h => h.Length == 32);
        (await AuditCountAsync("mfa.enrolled", id)).ShouldBe(1);
    }

    [Fact]
    public async Task Sign_in_needs_the_code_refuses_a_used_step_and_rotates_the_session()
    {
        var (client, id, email) = await NewUserAsync();
        var app = await Authenticator.EnrolAsync(client);

        var (browser, status) = await api.LoginAsync(email, Password);
        using (browser)
        {
            status.ShouldBe("mfa_required");
            // The password alone gets no tokens: authorize sends the browser back to the login page.
            var authorize = await browser.GetAsync($"/connect/authorize?client_id=clientstor-spa&response_type=code&redirect_uri={Uri.EscapeDataString(ApiHost.RedirectUri)}&scope=openid%20api&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256");
            authorize.StatusCode.ShouldBe(HttpStatusCode.Found);
            authorize.Headers.Location!.ToString().ShouldStartWith("/login");

            // The step used to confirm enrolment cannot be used again.
            var replay = await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = app.CodeAt(app.EnrolledStep) });
            replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await Json(replay)).GetProperty("detail").GetString()!.ShouldContain("already used");

            await using (var scope = api.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
                var pending = await db.Sessions.Where(s => s.UserId == id && s.MfaPending).Select(s => s.Id).ToListAsync();
                pending.Count.ShouldBe(1);

                var ok = await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = app.CodeAt(app.EnrolledStep + 1) });
                ok.StatusCode.ShouldBe(HttpStatusCode.OK);
                (await Json(ok)).GetProperty("status").GetString().ShouldBe("ok");

                // Session id rotated: the MFA-pending session ended, a new full session exists.
                var sessions = await db.Sessions.AsNoTracking().Where(s => s.UserId == id).OrderBy(s => s.CreatedAt).ToListAsync();
                sessions.Single(s => s.Id == pending[0]).EndedAt.ShouldNotBeNull();
                var fresh = sessions.Last();
                fresh.Id.ShouldNotBe(pending[0]);
                fresh.MfaPending.ShouldBeFalse();
                fresh.EndedAt.ShouldBeNull();
            }

            // The same step again, now on a second replica sharing the database: refused there too.
            var tokens = await api.AuthorizeAsync(browser);
            using var me = api.ClientWith(tokens);
            (await me.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var replica = await api.StartReplicaAsync();
        var cookies = new CookieContainer();
        using var other = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = replica.BaseAddress };
        (await other.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await other.PostAsJsonAsync("/api/v1/auth/mfa", new { code = app.CodeAt(app.EnrolledStep + 1) });
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(again)).GetProperty("detail").GetString()!.ShouldContain("already used");

        (await AuditCountAsync("mfa.used", id)).ShouldBe(1);
        (await AuditCountAsync("mfa.failed", id)).ShouldBe(2);
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var (client, id, email) = await NewUserAsync();
        var app = await Authenticator.EnrolAsync(client);
        var code = app.RecoveryCodes[3];

        // Case and dashes do not matter.
        using var first = api.ClientWith(await api.SignInAsync(email, Password, mfaCode: () => code.Replace("-", "").ToLowerInvariant()));
        var status = await first.GetFromJsonAsync<JsonElement>("/api/v1/me/mfa");
        status.GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(9);

        var (browser, _) = await api.LoginAsync(email, Password);
        using (browser)
            (await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AuditCountAsync("mfa.recovery_code_used", id)).ShouldBe(1);

        // New codes replace the old ones (a sensitive operation: the sign-in just happened, so it is fresh).
        var regenerated = await first.PostAsync("/api/v1/me/mfa/recovery-codes", null);
        regenerated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fresh = (await Json(regenerated)).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        fresh.Count.ShouldBe(10);
        var (b2, _) = await api.LoginAsync(email, Password);
        using (b2)
            (await b2.PostAsJsonAsync("/api/v1/auth/mfa", new { code = app.RecoveryCodes[5] })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var second = api.ClientWith(await api.SignInAsync(email, Password, mfaCode: () => fresh[0]));
        (await second.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_codes_count_toward_lockout_and_a_correct_password_does_not_reset_the_count()
    {
        var (client, id, email) = await NewUserAsync();
        await Authenticator.EnrolAsync(client);
        for (var i = 0; i < 5; i++)
        {
            // A new password sign-in between wrong codes must not clear the count.
            var (browser, status) = await api.LoginAsync(email, Password);
            using (browser)
            {
                status.ShouldBe("mfa_required");
                (await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = "ZZZZ-ZZZZ-ZZZZ-ZZZZ" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            }
        }
        using var anonymous = api.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AuditCountAsync("account.locked", id)).ShouldBe(1);
    }

    [Fact]
    public async Task Reauthentication_asks_for_the_code_when_mfa_is_on()
    {
        var (client, _, _) = await NewUserAsync();
        var app = await Authenticator.EnrolAsync(client);

        var missing = await client.PostAsJsonAsync("/api/v1/auth/reauth", new { password = Password });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(missing)).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();

        var replayed = await client.PostAsJsonAsync("/api/v1/auth/reauth", new { password = Password, code = app.CodeAt(app.EnrolledStep) });
        replayed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(replayed)).GetProperty("errors").GetProperty("code")[0].GetString()!.ShouldContain("already used");

        (await client.PostAsJsonAsync("/api/v1/auth/reauth", new { password = Password, code = app.CodeAt(app.EnrolledStep + 1) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/reauth", new { password = Password, code = app.RecoveryCodes[0] }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_can_require_mfa_for_a_user_who_is_then_forced_through_enrolment()
    {
        using var admin = await api.AdminAsync();
        var email = $"forced-{Guid.NewGuid():N}@clientstor.test";
        var user = await api.CreateUserAsync(email, Password);
        var patch = await admin.PatchAsJsonAsync($"/api/v1/users/{user.Id}", new { requireMfa = true });
        patch.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(patch)).GetProperty("requireMfa").GetBoolean().ShouldBeTrue();

        var (browser, status) = await api.LoginAsync(email, Password);
        status.ShouldBe("mfa_enrollment_required");
        using var client = api.ClientWith(await api.AuthorizeAsync(browser));
        browser.Dispose();
        var blocked = await client.GetAsync("/api/v1/orgs");
        blocked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(blocked)).GetProperty("type").GetString()!.ShouldEndWith("mfa-enrollment-required");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("mustEnrolMfa").GetBoolean().ShouldBeTrue();

        var app = await Authenticator.EnrolAsync(client);
        (await client.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Required MFA cannot be switched off by the user.
        (await client.DeleteAsync("/api/v1/me/mfa/totp")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Lost phone: the administrator resets MFA (fresh re-auth), the user's sessions end, enrolment is due again.
        var reset = await admin.DeleteAsync($"/api/v1/users/{user.Id}/mfa");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(reset)).GetProperty("mfaEnabled").GetBoolean().ShouldBeFalse();
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.LoginAsync(email, Password)).Status.ShouldBe("mfa_enrollment_required");
        (await AuditCountAsync("mfa.reset", user.Id)).ShouldBe(1);
        app.RecoveryCodes.Count.ShouldBe(10);
    }

    [Fact]
    public async Task Turning_mfa_off_needs_a_fresh_reauthentication_with_a_code()
    {
        var (client, id, email) = await NewUserAsync();
        var app = await Authenticator.EnrolAsync(client);
        await using (var scope = api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Sessions.Where(s => s.UserId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReauthenticatedAt, DateTimeOffset.UtcNow.AddMinutes(-10)));
        var stale = await client.DeleteAsync("/api/v1/me/mfa/totp");
        stale.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(stale)).GetProperty("type").GetString()!.ShouldEndWith("reauth-required");
        (await client.PostAsJsonAsync("/api/v1/auth/reauth", new { password = Password, code = app.RecoveryCodes[9] })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.DeleteAsync("/api/v1/me/mfa/totp")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.LoginAsync(email, Password)).Status.ShouldBe("ok");
        (await AuditCountAsync("mfa.disabled", id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_seed_copied_to_another_user_does_not_decrypt_and_is_recorded_as_a_security_event()
    {
        var (alice, aliceId, _) = await NewUserAsync();
        await Authenticator.EnrolAsync(alice);
        var (_, bobId, bobEmail) = await NewUserAsync();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            var seed = await db.Users.Where(u => u.Id == aliceId).Select(u => u.TotpSecret).SingleAsync();
            await db.Users.Where(u => u.Id == bobId).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.TotpSecret, seed).SetProperty(u => u.TotpEnabledAt, DateTimeOffset.UtcNow));
        }
        var (browser, status) = await api.LoginAsync(bobEmail, Password);
        using (browser)
        {
            status.ShouldBe("mfa_required");
            var attempt = await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = "123456" });
            attempt.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Json(attempt)).GetProperty("type").GetString()!.ShouldEndWith("secret-unreadable");
        }
        await using var check = api.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents
            .CountAsync(e => e.Action == "secret.unreadable" && e.TargetId == bobId.ToString() && e.Category == "security")).ShouldBe(1);
    }
}

/// <summary>The platform-wide switch gets its own API so it does not force enrolment on other tests' users.</summary>
public sealed class PlatformMfaPolicyTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Requiring_mfa_platform_wide_forces_enrolment_for_everyone_without_it()
    {
        using var admin = await api.AdminAsync();
        var adminApp = await Authenticator.EnrolAsync(admin);
        var email = $"policy-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, "policy test passphrase 1");
        (await api.LoginAsync(email, "policy test passphrase 1")).Status.ShouldBe("ok");

        var on = await admin.PatchAsJsonAsync("/api/v1/settings/security", new { requireMfa = true });
        on.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await on.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requireMfa").GetBoolean().ShouldBeTrue();
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings/security")).GetProperty("requireMfa").GetBoolean().ShouldBeTrue();

        (await api.LoginAsync(email, "policy test passphrase 1")).Status.ShouldBe("mfa_enrollment_required");
        // The administrator has MFA, so nothing changes for them.
        (await admin.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        adminApp.RecoveryCodes.Count.ShouldBe(10);

        (await admin.PatchAsJsonAsync("/api/v1/settings/security", new { requireMfa = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.LoginAsync(email, "policy test passphrase 1")).Status.ShouldBe("ok");
    }
}

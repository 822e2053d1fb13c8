using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.RateLimiting;
using ClientStor.Api.Platform.Security;
using Microsoft.AspNetCore.Authentication;

namespace ClientStor.Api.Features.Auth;

public sealed class MfaLoginRequest
{
    /// <summary>The 6-digit code from the authenticator app, or a recovery code.</summary>
    public string Code { get; set; } = "";
}

internal sealed class MfaLoginValidator : Validator<MfaLoginRequest>
{
    public MfaLoginValidator() => RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code from your authenticator app or a recovery code.").MaximumLength(64);
}

/// <summary>
/// Second step of sign-in: a TOTP code (each 30-second step accepted once) or a one-time recovery code. On
/// success the MFA-pending session ends and a new one (new id, new cookie) starts. Wrong codes count toward
/// lockout like wrong passwords.
/// </summary>
public sealed class MfaLoginEndpoint(ClientStorDbContext db, Sessions sessions, MfaService mfa, UserAccounts accounts, RateLimits limits) : Endpoint<MfaLoginRequest, LoginResponse>
{
    public override void Configure()
    {
        Post("auth/mfa");
        Group<AuthGroup>();
        AllowAnonymous();
        Summary(s => s.Summary = "Finish signing in with a TOTP or recovery code");
        Description(b => b.WithMetadata(new ProblemResponses(401), new RequestBodyLimit(SecurityModule.SignInBodyLimit)));
    }

    public override async Task HandleAsync(MfaLoginRequest req, CancellationToken ct)
    {
        var cookie = await HttpContext.AuthenticateAsync(Sessions.CookieScheme);
        var pending = cookie.Succeeded ? await sessions.FindPendingMfaAsync(cookie.Principal!, ct) : null;
        if (pending is null)
        {
            await Send.ResultAsync(Problems.Unauthorized("Sign in with your email and password first; the sign-in may have expired."));
            return;
        }
        var user = pending.User!;
        if (limits.Acquire(HttpContext, RateLimits.LoginPerAccount, user.Email.ToLowerInvariant()) is { } refused)
        {
            await Send.ResultAsync(refused);
            return;
        }
        MfaCheck check;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            check = await mfa.CheckAsync(user, req.Code, ct);
            if (check is MfaCheck.Totp or MfaCheck.RecoveryCode)
            {
                await accounts.ClearFailuresAsync(user, ct);
                var used = new AuditEntry(AuditCategories.Authentication, check == MfaCheck.Totp ? "mfa.used" : "mfa.recovery_code_used")
                {
                    Actor = AuditActor.User(user.Id, user.Email), TargetType = "user", TargetId = user.Id.ToString(),
                    Details = check == MfaCheck.Totp ? new { method = "totp" }
                        : (object)new { method = "recovery_code", recoveryCodesLeft = await mfa.RecoveryCodesLeftAsync(user.Id, ct) },
                };
                await sessions.StartAsync(HttpContext, user, ct, method: check == MfaCheck.Totp ? "password+totp" : "password+recovery_code",
                    replaces: pending, alsoAudit: [used]);
                await tx.CommitAsync(ct);
                await Send.OkAsync(new LoginResponse { Status = "ok" }, ct);
                return;
            }
        }
        var locked = await accounts.RecordMfaFailureAsync(user, check == MfaCheck.Replayed ? "code already used" : "wrong code", ct);
        if (locked)
        {
            await sessions.EndAsync(pending.Id, "account locked", ct);
            await HttpContext.SignOutAsync(Sessions.CookieScheme);
        }
        await Send.ResultAsync(Problems.Unauthorized(check == MfaCheck.Replayed
            ? "This code was already used. Wait for the next code from your authenticator app."
            : "The code is not correct."));
    }
}

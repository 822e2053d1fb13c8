using ClientStor.Api.Features.Mfa;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.RateLimiting;
using ClientStor.Api.Platform.Security;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Auth;

public sealed class LoginRequest
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class LoginResponse
{
    /// <summary>
    /// <c>ok</c>: signed in. <c>mfa_required</c>: send a code to <c>POST /api/v1/auth/mfa</c> to finish.
    /// <c>mfa_enrollment_required</c>: signed in, but only MFA enrolment is allowed until it is done.
    /// </summary>
    public required string Status { get; set; }
}

internal sealed class LoginValidator : Validator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address.").MaximumLength(320);
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(PasswordPolicy.MaxLength * 4);
    }
}

/// <summary>Signs a person in with email and password and starts a session (HttpOnly cookie).</summary>
public sealed class LoginEndpoint(UserAccounts accounts, Sessions sessions, MfaService mfa, RateLimits limits) : Endpoint<LoginRequest, LoginResponse>
{
    public override void Configure()
    {
        Post("/api/v1/auth/login");
        AllowAnonymous();
        Tags("Auth");
        Summary(s =>
        {
            s.Summary = "Sign in with email and password";
            s.Description = "Starts a session (HttpOnly cookie) that /connect/authorize uses to issue tokens. A wrong email, a wrong password, a locked and a deactivated account all get the same 401. After too many wrong passwords in a row the account locks for a while. With MFA on, the answer is mfa_required and the session is only usable for POST /api/v1/auth/mfa.";
        });
        Description(b => b.WithMetadata(new ProblemResponses(401), new RequestBodyLimit(SecurityModule.SignInBodyLimit)));
    }

    public override async Task HandleAsync(LoginRequest req, CancellationToken ct)
    {
        if (limits.Acquire(HttpContext, RateLimits.LoginPerAccount, req.Email.Trim().ToLowerInvariant()) is { } refused)
        {
            await Send.ResultAsync(refused);
            return;
        }
        var user = await accounts.VerifyAsync(req.Email, req.Password, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.Unauthorized("Email or password is incorrect."));
            return;
        }
        if (user.TotpSecret is not null)
        {
            await sessions.StartAsync(HttpContext, user, ct, mfaPending: true);
            await Send.OkAsync(new LoginResponse { Status = "mfa_required" }, ct);
            return;
        }
        var mustEnrol = await mfa.IsRequiredAsync(user, ct);
        await sessions.StartAsync(HttpContext, user, ct);
        await Send.OkAsync(new LoginResponse { Status = mustEnrol ? "mfa_enrollment_required" : "ok" }, ct);
    }
}

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
        Post("/api/v1/auth/mfa");
        AllowAnonymous();
        Tags("Auth");
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
                user.FailedLoginCount = 0;
                user.LockedUntil = null;
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

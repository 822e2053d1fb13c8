using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Auth;

public sealed class ReauthRequest
{
    public string Password { get; set; } = "";
    /// <summary>A TOTP or recovery code; required when the user has MFA on.</summary>
    public string? Code { get; set; }
}

public sealed class ReauthResponse
{
    /// <summary>Until when sensitive operations are allowed without asking again.</summary>
    public required DateTimeOffset ValidUntil { get; set; }
}

internal sealed class ReauthValidator : Validator<ReauthRequest>
{
    public ReauthValidator() => RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
}

/// <summary>
/// Step-up: confirms the signed-in person's password (and second factor, when enrolled) so sensitive operations (role and membership changes,
/// user deactivation, password resets) are allowed for the next few minutes. Wrong passwords count
/// toward lockout like sign-in failures.
/// </summary>
public sealed class ReauthEndpoint(ClientStorDbContext db, CurrentActor actor, UserAccounts accounts, AuditLog audit, Mfa.MfaService mfa,
    Microsoft.Extensions.Options.IOptions<Platform.Configuration.ClientStorOptions> options) : Endpoint<ReauthRequest, ReauthResponse>
{
    public override void Configure()
    {
        Post("/api/v1/auth/reauth");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Auth");
        Summary(s => s.Summary = "Re-authenticate for sensitive operations");
        Description(b => b.WithMetadata(new Platform.Security.RequestBodyLimit(Platform.Security.SecurityModule.SignInBodyLimit)));
    }

    public override async Task HandleAsync(ReauthRequest req, CancellationToken ct)
    {
        var me = (await actor.UserAsync(ct))!;
        if (actor.SessionId is not { } sid)
        {
            await Send.ResultAsync(Problems.Forbidden("Only a signed-in person can re-authenticate."));
            return;
        }
        if (me.MfaEnabled && string.IsNullOrWhiteSpace(req.Code))
        {
            await Send.ResultAsync(Problems.Validation("code", "Enter the code from your authenticator app (or a recovery code)."));
            return;
        }
        var user = await accounts.VerifyAsync(me.Email, req.Password, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.Validation("password", "The password is not correct."));
            return;
        }
        var method = "password";
        if (user.TotpSecret is not null)
        {
            var check = await mfa.CheckAsync(user, req.Code, ct);
            if (check is not (Mfa.MfaCheck.Totp or Mfa.MfaCheck.RecoveryCode))
            {
                await accounts.RecordMfaFailureAsync(user, check == Mfa.MfaCheck.Replayed ? "code already used" : "wrong code", ct);
                await Send.ResultAsync(Problems.Validation("code", check == Mfa.MfaCheck.Replayed
                    ? "This code was already used. Wait for the next one." : "The code is not correct."));
                return;
            }
            method = check == Mfa.MfaCheck.Totp ? "password+totp" : "password+recovery_code";
            user.FailedLoginCount = 0;
            user.LockedUntil = null;
        }
        var now = DateTimeOffset.UtcNow;
        var session = await db.Sessions.FirstAsync(s => s.Id == sid, ct);
        session.ReauthenticatedAt = now;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "reauth.succeeded")
        {
            TargetType = "session", TargetId = sid.ToString(), Details = new { method },
        }, ct);
        await Send.OkAsync(new ReauthResponse { ValidUntil = now + options.Value.Auth.ReauthWindow }, ct);
    }
}

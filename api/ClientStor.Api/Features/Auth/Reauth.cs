using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Configuration;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Features.Auth;

public sealed class ReauthRequest
{
    public string Password { get; set; } = "";
    /// <summary>A TOTP or recovery code; required when the user has MFA on.</summary>
    public string? Code { get; set; }
}

public sealed class ReauthResponse
{
    /// <summary>
    /// Until when sensitive operations are allowed without asking again under the platform's window (5 minutes unless
    /// configured). In an organisation where one of your roles sets a shorter window (<c>reauthWindowMinutes</c>), that
    /// window applies there instead, counted from the same moment.
    /// </summary>
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
public sealed class ReauthEndpoint(ClientStorDbContext db, CurrentActor actor, UserAccounts accounts, AuditLog audit, MfaService mfa,
    IOptions<ClientStorOptions> options) : Endpoint<ReauthRequest, ReauthResponse>
{
    public override void Configure()
    {
        Post("auth/reauth");
        Group<AuthGroup>();
        this.RequireSignedIn();
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
            throw new FieldErrorsException("code", "Enter the code from your authenticator app (or a recovery code).");
        var user = await accounts.VerifyAsync(me.Email, req.Password, ct)
            ?? throw new FieldErrorsException("password", "The password is not correct.");
        var method = "password";
        if (user.TotpSecret is not null)
        {
            var check = await mfa.CheckAsync(user, req.Code, ct);
            if (check is not (MfaCheck.Totp or MfaCheck.RecoveryCode))
            {
                await accounts.RecordMfaFailureAsync(user, check == MfaCheck.Replayed ? "code already used" : "wrong code", ct);
                throw new FieldErrorsException("code", check == MfaCheck.Replayed ? "This code was already used. Wait for the next one." : "The code is not correct.");
            }
            method = check == MfaCheck.Totp ? "password+totp" : "password+recovery_code";
            await accounts.ClearFailuresAsync(user, ct);
        }
        var now = DateTimeOffset.UtcNow;
        // One statement, not a save of the loaded row: the session's last-seen time may have been written since.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Sessions.Where(s => s.Id == sid).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReauthenticatedAt, now), ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "reauth.succeeded")
        {
            TargetType = "session", TargetId = sid.ToString(), Details = new { method },
        }, ct);
        await tx.CommitAsync(ct);
        await Send.OkAsync(new ReauthResponse { ValidUntil = now + options.Value.Auth.ReauthWindow }, ct);
    }
}

using ClientStor.Api.Features.Auth;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Mfa;

public sealed class MfaStatusResponse
{
    /// <summary>A TOTP authenticator is confirmed and asked for at sign-in and re-authentication.</summary>
    public required bool TotpEnabled { get; set; }
    public required DateTimeOffset? EnabledAt { get; set; }
    /// <summary>An enrolment was started and awaits its confirming code.</summary>
    public required bool EnrolmentPending { get; set; }
    public required int RecoveryCodesLeft { get; set; }
    /// <summary>MFA is required for this user (by an administrator or platform-wide): it cannot be turned off.</summary>
    public required bool Required { get; set; }
}

/// <summary>Your MFA state.</summary>
public sealed class GetMyMfaEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa) : EndpointWithoutRequest<MfaStatusResponse>
{
    public override void Configure()
    {
        Get("/api/v1/me/mfa");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "My MFA status");
        Description(b => b.WithMetadata(new AllowedDuringMfaEnrolment()));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == actor.UserId, ct);
        await Send.OkAsync(new MfaStatusResponse
        {
            TotpEnabled = user.TotpSecret is not null, EnabledAt = user.TotpEnabledAt, EnrolmentPending = user.TotpPendingSecret is not null,
            RecoveryCodesLeft = await mfa.RecoveryCodesLeftAsync(user.Id, ct), Required = await mfa.IsRequiredAsync(user, ct),
        }, ct);
    }
}

public sealed class TotpEnrolmentResponse
{
    /// <summary>The seed in base32, for typing into an app that cannot scan.</summary>
    public required string Secret { get; set; }
    /// <summary>The <c>otpauth://totp/...</c> URI the QR code encodes.</summary>
    public required string OtpauthUri { get; set; }
    /// <summary>The QR code as a PNG, base64.</summary>
    public required string QrPngBase64 { get; set; }
    /// <summary>The QR code as an SVG document.</summary>
    public required string QrSvg { get; set; }
}

/// <summary>
/// Starts TOTP enrolment: a new seed with its otpauth URI and QR code. Nothing changes at sign-in until the seed is
/// confirmed with a code (<c>POST /api/v1/me/mfa/totp/confirm</c>). Starting again replaces an unconfirmed seed.
/// </summary>
public sealed class BeginTotpEnrolmentEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : EndpointWithoutRequest<TotpEnrolmentResponse>
{
    public override void Configure()
    {
        Post("/api/v1/me/mfa/totp");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "Start setting up an authenticator app");
        Description(b => b.WithMetadata(new AllowedDuringMfaEnrolment(), new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
        if (actor.SessionId is null)
        {
            await Send.ResultAsync(Problems.Forbidden("Only a signed-in person can set up MFA."));
            return;
        }
        if (user.TotpSecret is not null)
        {
            await Send.ResultAsync(Problems.Conflict("An authenticator app is already set up. Turn it off first to replace it."));
            return;
        }
        var enrolment = await mfa.BeginEnrolmentAsync(user, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.enrolment_started") { TargetType = "user", TargetId = user.Id.ToString() }, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(new TotpEnrolmentResponse
        {
            Secret = enrolment.Secret, OtpauthUri = enrolment.OtpauthUri, QrPngBase64 = enrolment.QrPng, QrSvg = enrolment.QrSvg,
        }, ct);
    }
}

public sealed class ConfirmTotpRequest
{
    /// <summary>The current 6-digit code shown by the authenticator app.</summary>
    public string Code { get; set; } = "";
}

internal sealed class ConfirmTotpValidator : Validator<ConfirmTotpRequest>
{
    public ConfirmTotpValidator() =>
        RuleFor(x => x.Code).Must(c => c?.Trim() is { Length: 6 } t && t.All(char.IsAsciiDigit)).WithMessage("Enter the 6-digit code from your authenticator app.");
}

public sealed class RecoveryCodesResponse
{
    /// <summary>Ten one-time codes for when the authenticator app is not at hand. Shown this once; only hashes are kept.</summary>
    public required IReadOnlyList<string> RecoveryCodes { get; set; }
}

/// <summary>Confirms the authenticator app with a code: MFA is on from now, and ten recovery codes are issued.</summary>
public sealed class ConfirmTotpEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : Endpoint<ConfirmTotpRequest, RecoveryCodesResponse>
{
    public override void Configure()
    {
        Post("/api/v1/me/mfa/totp/confirm");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "Confirm the authenticator app and get recovery codes");
        Description(b => b.WithMetadata(new AllowedDuringMfaEnrolment(), new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ConfirmTotpRequest req, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
        if (user.TotpPendingSecret is null)
        {
            await Send.ResultAsync(Problems.Conflict(user.TotpSecret is null
                ? "No set-up is in progress: start with POST /api/v1/me/mfa/totp."
                : "An authenticator app is already set up."));
            return;
        }
        if (!await mfa.ConfirmEnrolmentAsync(user, req.Code, ct))
        {
            await Send.ResultAsync(Problems.Validation("code", "The code is not correct. Check the time on your phone and enter the current code."));
            return;
        }
        var codes = await mfa.NewRecoveryCodesAsync(user.Id, ct);
        user.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.enrolled")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { method = "totp", recoveryCodes = codes.Count },
        }, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(new RecoveryCodesResponse { RecoveryCodes = codes }, ct);
    }
}

/// <summary>Replaces your recovery codes with ten new ones; the old ones stop working (fresh re-authentication).</summary>
public sealed class RegenerateRecoveryCodesEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : EndpointWithoutRequest<RecoveryCodesResponse>
{
    public override void Configure()
    {
        Post("/api/v1/me/mfa/recovery-codes");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "Generate new recovery codes");
        Description(b => b.WithMetadata(new FreshReauthRequired(), new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
        if (user.TotpSecret is null)
        {
            await Send.ResultAsync(Problems.Conflict("Set up an authenticator app first; recovery codes come with it."));
            return;
        }
        var codes = await mfa.NewRecoveryCodesAsync(user.Id, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.recovery_codes_regenerated")
        {
            TargetType = "user", TargetId = user.Id.ToString(),
        }, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(new RecoveryCodesResponse { RecoveryCodes = codes }, ct);
    }
}

/// <summary>Turns your authenticator app off (fresh re-authentication). Refused while MFA is required for you.</summary>
public sealed class DisableMyTotpEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("/api/v1/me/mfa/totp");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "Turn off my authenticator app");
        Description(b => b.Produces(204).WithMetadata(new FreshReauthRequired(), new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
        if (user.TotpSecret is null && user.TotpPendingSecret is null)
        {
            await Send.NoContentAsync(ct);
            return;
        }
        if (user.TotpSecret is not null && await mfa.IsRequiredAsync(user, ct))
        {
            await Send.ResultAsync(Problems.Conflict("MFA is required for your account and cannot be turned off. An administrator can reset it if you lost your device."));
            return;
        }
        await mfa.RemoveAsync(user, ct);
        user.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.disabled") { TargetType = "user", TargetId = user.Id.ToString() }, ct);
        await Send.NoContentAsync(ct);
    }
}

public sealed class ResetUserMfaRequest
{
    [RouteParam] public Guid UserId { get; set; }
}

/// <summary>
/// Removes a user's authenticator and recovery codes (lost device) and ends their sessions; they enrol again at
/// next sign-in when MFA is required (platform administration, fresh re-authentication).
/// </summary>
public sealed class ResetUserMfaEndpoint(ClientStorDbContext db, MfaService mfa, Sessions sessions, AuditLog audit) : Endpoint<ResetUserMfaRequest, UserResponse>
{
    public override void Configure()
    {
        Delete("/api/v1/users/{userId}/mfa");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "Reset a user's MFA");
        Description(b => b.WithMetadata(new FreshReauthRequired(), new ProblemResponses(404)));
    }

    public override async Task HandleAsync(ResetUserMfaRequest req, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == req.UserId, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.NotFound("The user"));
            return;
        }
        var had = user.TotpSecret is not null;
        await mfa.RemoveAsync(user, ct);
        user.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.reset")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email, hadTotp = had },
        }, ct);
        await sessions.EndAllAsync(user.Id, "MFA reset by an administrator", null, ct);
        await Send.OkAsync(UserResponse.From(user), ct);
    }
}

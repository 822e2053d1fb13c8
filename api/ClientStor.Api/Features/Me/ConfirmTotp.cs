using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Me;

public sealed class ConfirmTotpRequest
{
    /// <summary>The current 6-digit code shown by the authenticator app.</summary>
    public string Code { get; set; } = "";
}

internal sealed class ConfirmTotpValidator : Validator<ConfirmTotpRequest>
{
    public ConfirmTotpValidator() =>
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.").Must(c => c?.Trim() is { Length: 6 } t && t.All(char.IsAsciiDigit)).WithMessage("Enter the 6-digit code from your authenticator app.");
}

/// <summary>Confirms the authenticator app with a code: MFA is on from now, and ten recovery codes are issued.</summary>
public sealed class ConfirmTotpEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : Endpoint<ConfirmTotpRequest, RecoveryCodesResponse>
{
    public override void Configure()
    {
        Post("me/mfa/totp/confirm");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Confirm the authenticator app and get recovery codes");
        Description(b => b.WithMetadata(new AllowedDuringMfaEnrolment(), new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ConfirmTotpRequest req, CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(actor.UserId!.Value, ct);
        if (user.TotpPendingSecret is null)
            throw new ConflictException(user.TotpSecret is null
                ? "No set-up is in progress: start with POST /api/v1/me/mfa/totp."
                : "An authenticator app is already set up.");
        if (!await mfa.ConfirmEnrolmentAsync(user, req.Code, ct))
            throw new FieldErrorsException("code", "The code is not correct. Check the time on your phone and enter the current code.");
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

using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Me;

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
        Post("me/mfa/totp");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Start setting up an authenticator app");
        Description(b => b.WithMetadata(new AllowedDuringMfaEnrolment(), new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(actor.UserId!.Value, ct);
        if (actor.SessionId is null)
        {
            await Send.ResultAsync(Problems.Forbidden("Only a signed-in person can set up MFA."));
            return;
        }
        if (user.TotpSecret is not null)
            throw new ConflictException("An authenticator app is already set up. Turn it off first to replace it.");
        var enrolment = await mfa.BeginEnrolmentAsync(user, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.enrolment_started") { TargetType = "user", TargetId = user.Id.ToString() }, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(new TotpEnrolmentResponse
        {
            Secret = enrolment.Secret, OtpauthUri = enrolment.OtpauthUri, QrPngBase64 = enrolment.QrPng, QrSvg = enrolment.QrSvg,
        }, ct);
    }
}

using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Me;

public sealed class MfaStatusResponse : IHasEtag
{
    /// <summary>A TOTP authenticator is confirmed and asked for at sign-in and re-authentication.</summary>
    public required bool TotpEnabled { get; set; }
    public required DateTimeOffset? EnabledAt { get; set; }
    /// <summary>An enrolment was started and awaits its confirming code.</summary>
    public required bool EnrolmentPending { get; set; }
    public required int RecoveryCodesLeft { get; set; }
    /// <summary>MFA is required for this user (by an administrator or platform-wide): it cannot be turned off.</summary>
    public required bool Required { get; set; }
    /// <summary>Your account's etag, for <c>If-Match</c> on <c>DELETE /api/v1/me/mfa/totp</c>.</summary>
    public required string Etag { get; set; }
}

/// <summary>Your MFA state.</summary>
public sealed class GetMyMfaEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa) : EndpointWithoutRequest<MfaStatusResponse>
{
    public override void Configure()
    {
        Get("me/mfa");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "My MFA status");
        Description(b => b.WithMetadata(new AllowedDuringMfaEnrolment()));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FindUserAsync(actor.UserId!.Value, ct);
        await Send.ResourceAsync(new MfaStatusResponse
        {
            TotpEnabled = user.TotpSecret is not null, EnabledAt = user.TotpEnabledAt, EnrolmentPending = user.TotpPendingSecret is not null,
            RecoveryCodesLeft = await mfa.RecoveryCodesLeftAsync(user.Id, ct), Required = await mfa.IsRequiredAsync(user, ct),
            Etag = Platform.Http.ETags.For(user.Version),
        }, ct);
    }
}

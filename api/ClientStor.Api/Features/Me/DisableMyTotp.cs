using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Me;

/// <summary>
/// Turns your authenticator app off (fresh re-authentication). Refused while MFA is required for you. <c>If-Match</c> takes
/// the etag of <c>GET /api/v1/me/mfa</c> (your account's).
/// </summary>
public sealed class DisableMyTotpEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("me/mfa/totp");
        Group<MeGroup>();
        this.RequireSignedIn();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Turn off my authenticator app");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(actor.UserId!.Value, ct);
        HttpContext.CheckIfMatch(user);
        if (user.TotpSecret is null && user.TotpPendingSecret is null)
        {
            await Send.NoContentAsync(ct);
            return;
        }
        if (user.TotpSecret is not null && await mfa.IsRequiredAsync(user, ct))
            throw new ConflictException("MFA is required for your account and cannot be turned off. An administrator can reset it if you lost your device.");
        await mfa.RemoveAsync(user, ct);
        user.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.disabled") { TargetType = "user", TargetId = user.Id.ToString() }, ct);
        await Send.NoContentAsync(ct);
    }
}

using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Users;

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
        Delete("users/{userId}/mfa");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Reset a user's MFA");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(ResetUserMfaRequest req, CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(req.UserId, ct);
        HttpContext.CheckIfMatch(user);
        var had = user.TotpSecret is not null;
        await mfa.RemoveAsync(user, ct);
        user.UpdatedAt = DateTimeOffset.UtcNow;
        var ending = await sessions.ActiveAsync(user.Id, null, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.reset")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email, hadTotp = had, sessionsEnded = ending },
        }, ct);
        await sessions.EndForAsync(ending, "MFA reset by an administrator", ct);
        await Send.ResourceAsync(user.ToResponse(), ct);
    }
}

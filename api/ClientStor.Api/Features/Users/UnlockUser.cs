
namespace ClientStor.Api.Features.Users;

public sealed class UnlockUserRequest
{
    [RouteParam] public Guid UserId { get; set; }
}

/// <summary>Unlocks an account locked after too many wrong passwords (platform administration).</summary>
public sealed class UnlockUserEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<UnlockUserRequest, UserResponse>
{
    public override void Configure()
    {
        Post("users/{userId}/unlock");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Unlock a locked account");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(UnlockUserRequest req, CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(req.UserId, ct);
        var wasLocked = user.LockedUntil;
        user.LockedUntil = null;
        user.FailedLoginCount = 0;
        // A security event rather than an edit of the account: its own action, and UpdatedAt stays.
        await audit.SaveAsync(new AuditEntry(AuditCategories.Security, "account.unlocked")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email, wasLockedUntil = wasLocked },
        }, ct);
        await Send.ResourceAsync(user.ToResponse(), ct);
    }
}

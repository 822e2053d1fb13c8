using ClientStor.Api.Features.Auth;
using Microsoft.AspNetCore.Identity;

namespace ClientStor.Api.Features.Users;

public sealed class ResetPasswordRequest
{
    [RouteParam] public Guid UserId { get; set; }
    public string NewPassword { get; set; } = "";
}

internal sealed class ResetPasswordValidator : Validator<ResetPasswordRequest>
{
    public ResetPasswordValidator() => RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Give the new password.");
}

/// <summary>Sets a new password for a user, ends their sessions and makes them choose their own at next sign-in.</summary>
public sealed class ResetPasswordEndpoint(ClientStorDbContext db, UserAccounts accounts, IPasswordHasher<User> hasher, Sessions sessions, AuditLog audit)
    : Endpoint<ResetPasswordRequest, UserResponse>
{
    public override void Configure()
    {
        Post("users/{userId}/password");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Reset a user's password");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(ResetPasswordRequest req, CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(req.UserId, ct);
        if (await accounts.CheckPasswordAsync(req.NewPassword, user.Email, user.DisplayName, ct) is { Count: > 0 } problems)
            throw new FieldErrorsException("newPassword", string.Join(" ", problems));
        user.PasswordHash = hasher.HashPassword(user, req.NewPassword);
        user.MustChangePassword = true;
        user.PasswordChangedAt = user.UpdatedAt = DateTimeOffset.UtcNow;
        user.FailedLoginCount = 0;
        user.LockedUntil = null;
        var ending = await sessions.ActiveAsync(user.Id, null, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "password.reset")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email, sessionsEnded = ending },
        }, ct);
        await sessions.EndForAsync(ending, "password reset by an administrator", ct);
        await Send.ResourceAsync(user.ToResponse(), ct);
    }
}

using ClientStor.Api.Features.Auth;
using ClientStor.Api.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace ClientStor.Api.Features.Me;

public sealed class ChangePasswordRequest
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
}

internal sealed class ChangePasswordValidator : Validator<ChangePasswordRequest>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Enter a new password.")
            .NotEqual(x => x.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}

/// <summary>Changes your own password (current + new). Your other sessions end; this one stays.</summary>
public sealed class ChangePasswordEndpoint(ClientStorDbContext db, CurrentActor actor, UserAccounts accounts, IPasswordHasher<User> hasher,
    Sessions sessions, AuditLog audit) : Endpoint<ChangePasswordRequest>
{
    public override void Configure()
    {
        Post("me/password");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Change my password");
        Description(b => b.Produces(204).WithMetadata(new AllowedDuringPasswordChange(), new AllowedDuringMfaEnrolment()));
    }

    public override async Task HandleAsync(ChangePasswordRequest req, CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(actor.UserId!.Value, ct);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, req.CurrentPassword) == PasswordVerificationResult.Failed)
            throw new FieldErrorsException("currentPassword", "Your current password is not correct.");
        if (await accounts.CheckPasswordAsync(req.NewPassword, user.Email, user.DisplayName, ct) is { Count: > 0 } problems)
            throw new FieldErrorsException("newPassword", string.Join(" ", problems));
        user.PasswordHash = hasher.HashPassword(user, req.NewPassword);
        user.MustChangePassword = false;
        user.PasswordChangedAt = user.UpdatedAt = DateTimeOffset.UtcNow;
        var ending = await sessions.ActiveAsync(user.Id, actor.SessionId, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "password.changed")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { sessionsEnded = ending },
        }, ct);
        await sessions.EndForAsync(ending, "password changed", ct);
        await Send.NoContentAsync(ct);
    }
}

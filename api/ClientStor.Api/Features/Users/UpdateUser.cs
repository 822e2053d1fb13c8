using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Users;

public sealed class UpdateUserRequest
{
    [RouteParam] public Guid UserId { get; set; }
    public string? DisplayName { get; set; }
    /// <summary>false deactivates the account: every session and token ends at once.</summary>
    public bool? IsActive { get; set; }
    public bool? IsGlobalAdmin { get; set; }
    public bool? MustChangePassword { get; set; }
    /// <summary>Require MFA for this user: without an authenticator they must enrol at next sign-in.</summary>
    public bool? RequireMfa { get; set; }
}

internal sealed class UpdateUserValidator : Validator<UpdateUserRequest>
{
    public UpdateUserValidator() =>
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("The display name cannot be empty.")
            .MaximumLength(200).When(x => x.DisplayName is not null);
}

/// <summary>Renames, (de)activates, promotes/demotes a user or forces a password change (platform administration).</summary>
public sealed class UpdateUserEndpoint(ClientStorDbContext db, CurrentActor actor, Sessions sessions, AuditedChanges changes)
    : Endpoint<UpdateUserRequest, UserResponse>
{
    public override void Configure()
    {
        Patch("users/{userId}");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Update a user");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(UpdateUserRequest req, CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(req.UserId, ct);
        HttpContext.CheckIfMatch(user);
        if (user.Id == actor.UserId && (req.IsActive == false || req.IsGlobalAdmin == false))
            throw new ConflictException("You cannot deactivate or demote yourself; ask another administrator.");
        var deactivating = req.IsActive == false && user.IsActive;
        if (req.DisplayName is not null) user.DisplayName = req.DisplayName.Trim();
        if (req.IsActive is { } active) user.IsActive = active;
        if (req.IsGlobalAdmin is { } admin) user.IsGlobalAdmin = admin;
        if (req.MustChangePassword is { } must) user.MustChangePassword = must;
        if (req.RequireMfa is { } requireMfa) user.RequireMfa = requireMfa;
        var ending = deactivating ? await sessions.ActiveAsync(user.Id, null, ct) : [];
        await changes.UpdatedAsync(user, ct, action: deactivating ? "deactivated" : null, details: deactivating ? new { sessionsEnded = ending } : null);
        await sessions.EndForAsync(ending, "account deactivated", ct);
        await Send.ResourceAsync(user.ToResponse(), ct);
    }
}

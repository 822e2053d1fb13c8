using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Users;

public sealed class UserResponse
{
    public required Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required bool IsGlobalAdmin { get; set; }
    public required bool IsActive { get; set; }
    /// <summary>Set while the account is locked after too many wrong passwords.</summary>
    public required DateTimeOffset? LockedUntil { get; set; }
    public required bool MustChangePassword { get; set; }
    /// <summary>An administrator requires MFA for this user (the platform setting may require it for everyone).</summary>
    public required bool RequireMfa { get; set; }
    /// <summary>The user has a confirmed authenticator app.</summary>
    public required bool MfaEnabled { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }

    public static UserResponse From(User u) => new()
    {
        Id = u.Id, Email = u.Email, DisplayName = u.DisplayName, IsGlobalAdmin = u.IsGlobalAdmin, IsActive = u.IsActive,
        LockedUntil = u.LockedUntil > DateTimeOffset.UtcNow ? u.LockedUntil : null, MustChangePassword = u.MustChangePassword,
        RequireMfa = u.RequireMfa, MfaEnabled = u.TotpSecret != null, CreatedAt = u.CreatedAt, UpdatedAt = u.UpdatedAt,
    };

    public static object Audited(User u) => new { u.Email, u.DisplayName, u.IsGlobalAdmin, u.IsActive, u.MustChangePassword, u.RequireMfa };
}

public sealed class ListUsersRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>email</c> (default) or <c>createdAt</c>, <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches email or display name.</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary>true or false.</summary>
    [QueryParam] public bool? Active { get; set; }
}

internal static class UserSorts
{
    public static readonly SortCatalog<User> Catalog = new("email",
        new SortKey<User, string>("email", u => u.NormalizedEmail, u => u.Id),
        new SortKey<User, DateTimeOffset>("createdAt", u => u.CreatedAt, u => u.Id));
}

internal sealed class ListUsersValidator : Validator<ListUsersRequest>
{
    public ListUsersValidator()
    {
        UserSorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>Every user account (platform administration).</summary>
public sealed class ListUsersEndpoint(ClientStorDbContext db) : Endpoint<ListUsersRequest, Page<UserResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/users");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "List users");
    }

    public override async Task HandleAsync(ListUsersRequest req, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (req.Active is { } active) query = query.Where(u => u.IsActive == active);
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(u => EF.Functions.ILike(u.Email, p, "\\") || EF.Functions.ILike(u.DisplayName, p, "\\"));
        }
        await Send.OkAsync(await UserSorts.Catalog.PageAsync(query, req, UserResponse.From, ct), ct);
    }
}

public sealed class CreateUserRequest
{
    public string Email { get; set; } = "";
    public string? DisplayName { get; set; }
    /// <summary>Initial password; the user must change it at first sign-in unless <c>mustChangePassword</c> is false.</summary>
    public string Password { get; set; } = "";
    public bool IsGlobalAdmin { get; set; }
    public bool MustChangePassword { get; set; } = true;
}

/// <summary>Creates a user account (platform administration).</summary>
public sealed class CreateUserEndpoint(UserAccounts accounts) : Endpoint<CreateUserRequest, UserResponse>
{
    public override void Configure()
    {
        Post("/api/v1/users");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "Create a user");
        Description(b => b.Produces<UserResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateUserRequest req, CancellationToken ct)
    {
        var result = await accounts.CreateAsync(req.Email, req.Password, req.DisplayName, req.IsGlobalAdmin, ct, req.MustChangePassword);
        if (result.User is null)
        {
            await Send.ResultAsync(result.Error!.Contains("already exists", StringComparison.Ordinal)
                ? Problems.Conflict(result.Error, result.Field)
                : Problems.Validation(result.Field!, result.Error));
            return;
        }
        HttpContext.Response.Headers.Location = $"/api/v1/users/{result.User.Id}";
        await Send.ResponseAsync(UserResponse.From(result.User), 201, ct);
    }
}

public sealed class GetUserRequest
{
    [RouteParam] public Guid UserId { get; set; }
}

/// <summary>One user account (platform administration).</summary>
public sealed class GetUserEndpoint(ClientStorDbContext db) : Endpoint<GetUserRequest, UserResponse>
{
    public override void Configure()
    {
        Get("/api/v1/users/{userId}");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "Get a user");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(GetUserRequest req, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == req.UserId, ct);
        if (user is null)
            await Send.ResultAsync(Problems.NotFound("The user"));
        else
            await Send.OkAsync(UserResponse.From(user), ct);
    }
}

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
        RuleFor(x => x.DisplayName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("The display name cannot be empty.")
            .MaximumLength(200).When(x => x.DisplayName is not null);
}

/// <summary>Renames, (de)activates, promotes/demotes a user or forces a password change (platform administration).</summary>
public sealed class UpdateUserEndpoint(ClientStorDbContext db, CurrentActor actor, Sessions sessions, AuditLog audit) : Endpoint<UpdateUserRequest, UserResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/users/{userId}");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "Update a user");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(UpdateUserRequest req, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == req.UserId, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.NotFound("The user"));
            return;
        }
        if (user.Id == actor.UserId && (req.IsActive == false || req.IsGlobalAdmin == false))
        {
            await Send.ResultAsync(Problems.Conflict("You cannot deactivate or demote yourself; ask another administrator."));
            return;
        }
        var before = UserResponse.Audited(user);
        var deactivating = req.IsActive == false && user.IsActive;
        if (req.DisplayName is not null) user.DisplayName = req.DisplayName.Trim();
        if (req.IsActive is { } active) user.IsActive = active;
        if (req.IsGlobalAdmin is { } admin) user.IsGlobalAdmin = admin;
        if (req.MustChangePassword is { } must) user.MustChangePassword = must;
        if (req.RequireMfa is { } requireMfa) user.RequireMfa = requireMfa;
        if (db.ChangeTracker.HasChanges())
        {
            user.UpdatedAt = DateTimeOffset.UtcNow;
            await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, deactivating ? "user.deactivated" : "user.updated")
            {
                TargetType = "user", TargetId = user.Id.ToString(), Details = new { before, after = UserResponse.Audited(user) },
            }, ct);
        }
        if (deactivating)
            await sessions.EndAllAsync(user.Id, "account deactivated", null, ct);
        await Send.OkAsync(UserResponse.From(user), ct);
    }
}

/// <summary>Unlocks an account locked after too many wrong passwords (platform administration).</summary>
public sealed class UnlockUserEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<GetUserRequest, UserResponse>
{
    public override void Configure()
    {
        Post("/api/v1/users/{userId}/unlock");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "Unlock a locked account");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(GetUserRequest req, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == req.UserId, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.NotFound("The user"));
            return;
        }
        var wasLocked = user.LockedUntil;
        user.LockedUntil = null;
        user.FailedLoginCount = 0;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Security, "account.unlocked")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email, wasLockedUntil = wasLocked },
        }, ct);
        await Send.OkAsync(UserResponse.From(user), ct);
    }
}

public sealed class ResetPasswordRequest
{
    [RouteParam] public Guid UserId { get; set; }
    public string NewPassword { get; set; } = "";
}

/// <summary>Sets a new password for a user, ends their sessions and makes them choose their own at next sign-in.</summary>
public sealed class ResetPasswordEndpoint(ClientStorDbContext db, UserAccounts accounts, IPasswordHasher<User> hasher, Sessions sessions, AuditLog audit)
    : Endpoint<ResetPasswordRequest, UserResponse>
{
    public override void Configure()
    {
        Post("/api/v1/users/{userId}/password");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "Reset a user's password");
        Description(b => b.WithMetadata(new ProblemResponses(404), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(ResetPasswordRequest req, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == req.UserId, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.NotFound("The user"));
            return;
        }
        if (accounts.CheckPassword(req.NewPassword, user.Email) is { Count: > 0 } problems)
        {
            await Send.ResultAsync(Problems.Validation("newPassword", string.Join(" ", problems)));
            return;
        }
        user.PasswordHash = hasher.HashPassword(user, req.NewPassword);
        user.MustChangePassword = true;
        user.PasswordChangedAt = user.UpdatedAt = DateTimeOffset.UtcNow;
        user.FailedLoginCount = 0;
        user.LockedUntil = null;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "password.reset")
        {
            TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email },
        }, ct);
        await sessions.EndAllAsync(user.Id, "password reset by an administrator", null, ct);
        await Send.OkAsync(UserResponse.From(user), ct);
    }
}

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
        Post("/api/v1/me/password");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "Change my password");
        Description(b => b.Produces(204).WithMetadata(new AllowedDuringPasswordChange(), new AllowedDuringMfaEnrolment()));
    }

    public override async Task HandleAsync(ChangePasswordRequest req, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, req.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            await Send.ResultAsync(Problems.Validation("currentPassword", "Your current password is not correct."));
            return;
        }
        if (accounts.CheckPassword(req.NewPassword, user.Email) is { Count: > 0 } problems)
        {
            await Send.ResultAsync(Problems.Validation("newPassword", string.Join(" ", problems)));
            return;
        }
        user.PasswordHash = hasher.HashPassword(user, req.NewPassword);
        user.MustChangePassword = false;
        user.PasswordChangedAt = user.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "password.changed")
        {
            TargetType = "user", TargetId = user.Id.ToString(),
        }, ct);
        await sessions.EndAllAsync(user.Id, "password changed", actor.SessionId, ct);
        await Send.NoContentAsync(ct);
    }
}

using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Users;

/// <summary>Creates accounts and verifies passwords (ASP.NET Core Identity's PBKDF2 hasher, re-hashing on upgrade).</summary>
public sealed class UserAccounts(ClientStorDbContext db, IPasswordHasher<User> hasher, AuditLog audit)
{
    public async Task<CreateUserResult> CreateAsync(string email, string password, string? displayName, bool globalAdmin, CancellationToken ct)
    {
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || !email.Contains('@'))
            return CreateUserResult.Fail("email", "Enter a valid email address.");
        var problems = PasswordPolicy.Check(password, email);
        if (problems.Count > 0)
            return CreateUserResult.Fail("password", string.Join(" ", problems));
        var normalized = User.Normalize(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return CreateUserResult.Fail("email", $"A user with email '{email}' already exists.");
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            NormalizedEmail = normalized,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(),
            IsGlobalAdmin = globalAdmin,
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "user.created")
        {
            TargetType = "user", TargetId = user.Id.ToString(),
            Details = new { after = new { user.Email, user.DisplayName, user.IsGlobalAdmin, user.IsActive } },
        }, ct);
        return new CreateUserResult(user, null, null);
    }

    /// <summary>The active user with this email and password, or null. Unknown emails cost a hash too, so timing does not reveal them.</summary>
    public async Task<User?> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var normalized = User.Normalize(email);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Decoy, DecoyHash, password);
            return null;
        }
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || !user.IsActive)
            return null;
        // Saved with the caller's audited change (the new session).
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = hasher.HashPassword(user, password);
        return user;
    }

    private static readonly User Decoy = new();
    private static readonly string DecoyHash = new PasswordHasher<User>().HashPassword(Decoy, Guid.NewGuid().ToString());
}

public sealed record CreateUserResult(User? User, string? Field, string? Error)
{
    public static CreateUserResult Fail(string field, string error) => new(null, field, error);
}

using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Features.Users;

/// <summary>
/// Creates accounts and checks passwords (ASP.NET Core Identity's PBKDF2 hasher, re-hashing when its
/// parameters change), with lockout counted in the database.
/// </summary>
public sealed class UserAccounts(ClientStorDbContext db, IPasswordHasher<User> hasher, AuditLog audit, AuditedChanges changes,
    IOptions<ClientStorOptions> options)
{
    private AuthOptions Auth => options.Value.Auth;

    /// <summary>
    /// Why the password is refused (empty: accepted): the length and common-password rules, then zxcvbn's estimate given
    /// what an attacker would try first — the user's email and name, the product's name and the organisations' names.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckPasswordAsync(string? password, string? email, string? displayName, CancellationToken ct)
    {
        var problems = PasswordPolicy.Check(password, email, Auth.MinPasswordLength);
        if (problems.Count > 0 || password is null)
            return problems;
        var orgNames = await db.Orgs.AsNoTracking().OrderBy(o => o.NormalizedName).Select(o => o.Name).Take(MaxOrgNames).ToListAsync(ct);
        var strength = PasswordStrength.Evaluate(password, [email ?? "", email?.Split('@')[0] ?? "", displayName ?? "", .. ProductWords, .. orgNames]);
        return strength.Score >= PasswordStrength.MinScore ? [] : [strength.Message];
    }

    /// <summary>Organisation names given to zxcvbn (every one of a large MSP costs nothing noticeable; this bounds it).</summary>
    private const int MaxOrgNames = 2000;

    private static readonly string[] ProductWords = ["clientstor", "client stor"];

    public async Task<CreateUserResult> CreateAsync(string email, string password, string? displayName, bool globalAdmin, CancellationToken ct,
        bool mustChangePassword = false)
    {
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || !email.Contains('@') || email.Length > 320)
            return CreateUserResult.Fail("email", "Enter a valid email address.");
        var problems = await CheckPasswordAsync(password, email, displayName, ct);
        if (problems.Count > 0)
            return CreateUserResult.Fail("password", string.Join(" ", problems));
        var normalized = User.Normalize(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return CreateUserResult.Fail("email", $"A user with email '{email}' already exists.") with { IsConflict = true };
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            NormalizedEmail = normalized,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(),
            IsGlobalAdmin = globalAdmin,
            MustChangePassword = mustChangePassword,
            CreatedAt = now,
            UpdatedAt = now,
            PasswordChangedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        await changes.CreatedAsync(user, ct);
        return new CreateUserResult(user, null, null);
    }

    /// <summary>
    /// The active, unlocked user with this email and password, or null. Unknown, locked and inactive accounts
    /// cost a hash too and fail the same way, so neither the answer nor its timing tells them apart.
    /// Every failure is audited; the failure that reaches the threshold locks the account (a security event).
    /// </summary>
    public async Task<User?> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var normalized = User.Normalize(email);
        // Not tracked: sign-in bookkeeping is written with single statements, never by saving a loaded (and by then
        // possibly stale) user row.
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        var result = hasher.VerifyHashedPassword(user ?? Decoy, user?.PasswordHash ?? DecoyHash, password);
        var now = DateTimeOffset.UtcNow;
        var locked = user?.LockedUntil > now;
        if (user is null || !user.IsActive || locked || result == PasswordVerificationResult.Failed)
        {
            await FailAsync(user, email, "login.failed", locked ? "locked" : user is { IsActive: false } ? "inactive" : "wrong email or password",
                countsTowardLockout: user is { IsActive: true } && !locked, ct);
            return null;
        }
        // With MFA on, only the second factor clears the failure count: otherwise someone holding the password
        // could retry codes forever, resetting the count with the password every few attempts.
        if (user.TotpSecret is null)
            await ClearFailuresAsync(user, ct);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var hash = user.PasswordHash = hasher.HashPassword(user, password);
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, hash), ct);
        }
        return user;
    }

    /// <summary>
    /// A full sign-in (or step-up) succeeded: the failure count starts again. One statement, so a concurrent failure or
    /// TOTP step written since <paramref name="user"/> was read is not mistaken for a conflicting edit.
    /// </summary>
    public async Task ClearFailuresAsync(User user, CancellationToken ct)
    {
        if (user.FailedLoginCount == 0 && user.LockedUntil is null)
            return;
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>
    /// A wrong or replayed second-factor code: audited and counted toward lockout like a wrong password.
    /// Returns true when this failure locked the account.
    /// </summary>
    public Task<bool> RecordMfaFailureAsync(User user, string reason, CancellationToken ct) =>
        FailAsync(user, user.Email, "mfa.failed", reason, countsTowardLockout: true, ct);

    private async Task<bool> FailAsync(User? user, string email, string action, string reason, bool countsTowardLockout, CancellationToken ct)
    {
        var lockedNow = false;
        var entries = new List<AuditEntry>
        {
            new(AuditCategories.Authentication, action)
            {
                Outcome = AuditOutcomes.Failure,
                Actor = new AuditActor("user", user?.Id.ToString(), email.Trim()),
                Details = new { reason },
            },
        };
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (user is not null && countsTowardLockout)
        {
            // One atomic increment in the database: concurrent failures on several replicas all count.
            var failures = await db.Database.SqlQuery<int>(
                $"UPDATE users SET failed_login_count = failed_login_count + 1 WHERE id = {user.Id} RETURNING failed_login_count AS \"Value\"")
                .ToListAsync(ct);
            if (failures.Count == 1 && failures[0] >= Auth.LockoutThreshold)
            {
                var until = DateTimeOffset.UtcNow + Auth.LockoutDuration;
                lockedNow = true;
                await db.Users.Where(u => u.Id == user.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntil, until).SetProperty(u => u.FailedLoginCount, 0), ct);
                entries.Add(new AuditEntry(AuditCategories.Security, "account.locked")
                {
                    Outcome = AuditOutcomes.Denied,
                    Actor = AuditActor.System,
                    TargetType = "user", TargetId = user.Id.ToString(),
                    Details = new { email = user.Email, failures = failures[0], lockedUntil = until },
                });
            }
        }
        await audit.SaveAsync(entries, ct);
        await tx.CommitAsync(ct);
        return lockedNow;
    }

    private static readonly User Decoy = new();
    private static readonly string DecoyHash = new PasswordHasher<User>().HashPassword(Decoy, Guid.NewGuid().ToString());
}

public sealed record CreateUserResult(User? User, string? Field, string? Error)
{
    /// <summary>The email is taken (409), rather than invalid (400).</summary>
    public bool IsConflict { get; init; }

    public static CreateUserResult Fail(string field, string error) => new(null, field, error);
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Users;

[Resource("user", AuditCategories.Admin)]
public sealed class User : IVersioned
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    /// <summary>Upper-invariant email, unique: logins and lookups are case-insensitive.</summary>
    [NotAudited] public string NormalizedEmail { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public bool IsGlobalAdmin { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Consecutive wrong passwords; kept in the database so lockout holds across replicas and restarts.</summary>
    [NotAudited] public int FailedLoginCount { get; set; }
    [NotAudited] public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>Set by an administrator's password reset: the user must choose a new password before anything else.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }
    /// <summary>An administrator requires this user to use MFA (besides the platform-wide setting).</summary>
    public bool RequireMfa { get; set; }
    /// <summary>The confirmed TOTP seed, AES-GCM encrypted (platform data key, bound to this user and field).</summary>
    public byte[]? TotpSecret { get; set; }
    /// <summary>A seed being enrolled, until confirmed with a code (encrypted the same way).</summary>
    public byte[]? TotpPendingSecret { get; set; }
    [NotAudited] public DateTimeOffset? TotpEnabledAt { get; set; }
    /// <summary>The last 30-second time step a TOTP code was accepted for: a code for it or an earlier step is refused.</summary>
    [NotAudited] public long? TotpLastStep { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>PostgreSQL's xmin: the etag. Sign-in bookkeeping (failure counts, TOTP steps) changes it too.</summary>
    public uint Version { get; set; }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.NormalizedEmail).HasMaxLength(320);
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.HasIndex(x => x.NormalizedEmail).IsUnique();
    }
}

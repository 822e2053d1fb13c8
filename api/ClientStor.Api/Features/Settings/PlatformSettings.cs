using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Settings;

/// <summary>Platform-wide security settings an administrator changes at run time (one row).</summary>
[Resource("settings", AuditCategories.Admin)]
public sealed class PlatformSettings : IVersioned
{
    public int Id { get; set; } = 1;
    /// <summary>Every user must use MFA; users without it are sent through enrolment at their next sign-in.</summary>
    public bool RequireMfa { get; set; }
    /// <summary>
    /// Networks (CIDR) platform administration and admin-grade org actions are allowed from; empty: anywhere.
    /// Cleared from the command line (<c>settings clear-admin-allowlist</c>) by an operator who locked themselves out.
    /// </summary>
    public List<string> AdminAllowedIps { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class PlatformSettingsConfiguration : IEntityTypeConfiguration<PlatformSettings>
{
    public void Configure(EntityTypeBuilder<PlatformSettings> b)
    {
        b.ToTable("platform_settings", t => t.HasCheckConstraint("ck_platform_settings_single_row", "id = 1"));
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AdminAllowedIps).HasDefaultValueSql("'{}'::text[]");
        // Anonymous seed: the list column takes its SQL default (EF re-detects a List value in seed data as a change).
        b.HasData(new { Id = 1, RequireMfa = false, UpdatedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero) });
    }
}

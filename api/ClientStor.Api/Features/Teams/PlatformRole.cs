using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Teams;

/// <summary>A role defined once for the whole platform and granted to teams in any organisation (or all of them).</summary>
[Resource("platform_role", AuditCategories.Permissions, Display = "platform role")]
public sealed class PlatformRole : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    [NotAudited] public string NormalizedName { get; set; } = "";
    public string? Description { get; set; }
    public string[] Permissions { get; set; } = [];
    /// <summary>Minutes a fresh re-authentication lasts for the holders of this role (1–30); null: the platform's default.</summary>
    public int? ReauthWindowMinutes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class PlatformRoleConfiguration : IEntityTypeConfiguration<PlatformRole>
{
    public void Configure(EntityTypeBuilder<PlatformRole> b)
    {
        b.ToTable("platform_roles", t => t.HasCheckConstraint("ck_platform_roles_reauth_window", ReauthWindows.CheckSql));
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.NormalizedName).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => x.NormalizedName).IsUnique();
    }
}

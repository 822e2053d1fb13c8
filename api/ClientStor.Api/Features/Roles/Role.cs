using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Roles;

/// <summary>A named set of permissions within one organisation (built-in or custom).</summary>
[Resource("role", AuditCategories.Permissions)]
public sealed class Role : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Upper-invariant name: role names are unique per organisation case-insensitively.</summary>
    [NotAudited] public string NormalizedName { get; set; } = "";
    public string? Description { get; set; }
    public bool IsBuiltIn { get; set; }
    public string[] Permissions { get; set; } = [];
    /// <summary>Minutes a fresh re-authentication lasts for the holders of this role (1–30); null: the platform's default.</summary>
    public int? ReauthWindowMinutes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("roles", t => t.HasCheckConstraint("ck_roles_reauth_window", ReauthWindows.CheckSql));
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.NormalizedName).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => new { x.OrgId, x.NormalizedName }).IsUnique();
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

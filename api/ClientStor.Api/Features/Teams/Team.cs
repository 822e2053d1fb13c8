using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Users;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Teams;

/// <summary>
/// A group of users that holds roles in organisations through its grants: onboarding a technician onto 200 clients is
/// one team membership, not 200 memberships.
/// </summary>
[Resource("team", AuditCategories.Permissions)]
public sealed class Team : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    [NotAudited] public string NormalizedName { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>A user in a team.</summary>
public sealed class TeamMember : IVersioned
{
    public Guid TeamId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>
/// A team's role in one organisation (<see cref="OrgId"/>) or in every organisation, present and future (null). The role is
/// a platform role (the same everywhere) or, for one organisation, one of that organisation's roles.
/// </summary>
[Resource("team_grant", AuditCategories.Permissions, Display = "grant")]
public sealed class TeamGrant : IVersioned
{
    public Guid Id { get; set; }
    public Guid TeamId { get; set; }
    public Guid? OrgId { get; set; }
    public Guid? PlatformRoleId { get; set; }
    public Guid? RoleId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("teams");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.NormalizedName).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => x.NormalizedName).IsUnique();
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.ToTable("team_members");
        b.HasKey(x => new { x.TeamId, x.UserId });
        // The caller query looks a user's teams up on every request.
        b.HasIndex(x => x.UserId);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TeamGrantConfiguration : IEntityTypeConfiguration<TeamGrant>
{
    public void Configure(EntityTypeBuilder<TeamGrant> b)
    {
        b.ToTable("team_grants", t => t.HasCheckConstraint("ck_team_grants_one_role",
            "(platform_role_id IS NULL) <> (role_id IS NULL) AND (role_id IS NULL OR org_id IS NOT NULL)"));
        b.HasIndex(x => new { x.TeamId, x.OrgId });
        b.HasIndex(x => x.OrgId);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
        // Deleting an organisation takes its grants with it; a role still granted cannot be deleted (the API answers 409).
        b.HasOne<Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Role>().WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlatformRole>().WithMany().HasForeignKey(x => x.PlatformRoleId).OnDelete(DeleteBehavior.Restrict);
    }
}

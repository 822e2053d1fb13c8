using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Roles;

/// <summary>
/// A user's membership of an organisation; effective permissions are the union of its roles'. Its version is the etag of
/// the member: changing the roles stamps <see cref="UpdatedAt"/>, so the etag changes with them.
/// </summary>
[Resource("member", AuditCategories.Permissions)]
public sealed class Membership : IOrgScoped, IVersioned
{
    public Guid OrgId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<MembershipRole> Roles { get; set; } = [];
}

public sealed class MembershipRole : IOrgScoped
{
    public Guid OrgId { get; set; }
    public Guid UserId { get; set; }
    public Guid RoleId { get; set; }
    public Role? Role { get; set; }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.ToTable("memberships");
        b.HasKey(x => new { x.OrgId, x.UserId });
        b.HasIndex(x => x.UserId);
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Users.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(x => new { x.OrgId, x.UserId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipRoleConfiguration : IEntityTypeConfiguration<MembershipRole>
{
    public void Configure(EntityTypeBuilder<MembershipRole> b)
    {
        b.ToTable("membership_roles");
        b.HasKey(x => new { x.OrgId, x.UserId, x.RoleId });
        b.HasIndex(x => x.RoleId);
        // A role in use cannot be deleted: the API answers 409 before the database would refuse.
        b.HasOne(x => x.Role).WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.NoAction);
    }
}

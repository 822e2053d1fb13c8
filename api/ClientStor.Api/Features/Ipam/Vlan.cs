using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Ipam;

[Resource("vlan", AuditCategories.Organisation, Display = "VLAN")]
public sealed class Vlan : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    /// <summary>802.1Q id, 1 to 4094.</summary>
    public int Vid { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class VlanConfiguration : IEntityTypeConfiguration<Vlan>
{
    public void Configure(EntityTypeBuilder<Vlan> b)
    {
        b.ToTable("vlans", t => t.HasCheckConstraint("ck_vlans_vid", "vid BETWEEN 1 AND 4094"));
        b.HasSearchColumn("vid::text", "name", "coalesce(description, '')"); // global search
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => new { x.OrgId, x.Vid }).IsUnique();
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

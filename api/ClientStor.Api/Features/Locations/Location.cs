using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Locations;

/// <summary>A site, or a network closet within a site (<see cref="Kind"/> <c>closet</c> with <see cref="ParentId"/>).</summary>
[Resource("location", AuditCategories.Organisation)]
public sealed class Location : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    /// <summary><c>site</c> or <c>closet</c>.</summary>
    public string Kind { get; set; } = "site";
    public Guid? ParentId { get; set; }
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.ToTable("locations");
        b.HasSearchColumn("name", "coalesce(address, '')"); // global search
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(1000);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Location>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

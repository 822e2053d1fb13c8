using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Assets;

/// <summary>A site, or a network closet within a site (<see cref="Kind"/> <c>closet</c> with <see cref="ParentId"/>).</summary>
public sealed class Location
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
}

/// <summary>A person at the client: who an asset is assigned to, whom to call.</summary>
public sealed class Contact
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Role { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.ToTable("locations");
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(1000);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Location>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("contacts");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.Phone).HasMaxLength(64);
        b.Property(x => x.Role).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

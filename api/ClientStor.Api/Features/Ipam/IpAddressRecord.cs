using System.Net;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Ipam;

/// <summary>An address (PostgreSQL <c>inet</c>) in the most specific subnet that contains it.</summary>
[Resource("ip", AuditCategories.Organisation, Display = "IP address")]
public sealed class IpAddressRecord : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid SubnetId { get; set; }
    public IPAddress Address { get; set; } = IPAddress.None;
    /// <summary><c>active</c>, <c>reserved</c>, <c>dhcp</c> or <c>deprecated</c>.</summary>
    public string Status { get; set; } = "active";
    public string? Hostname { get; set; }
    public string? Description { get; set; }
    public Guid? AssetId { get; set; }
    public Guid? InterfaceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class IpAddressConfiguration : IEntityTypeConfiguration<IpAddressRecord>
{
    public void Configure(EntityTypeBuilder<IpAddressRecord> b)
    {
        b.ToTable("ip_addresses");
        b.HasSearchColumn("host(address)", "coalesce(hostname, '')", "coalesce(description, '')"); // global search
        b.Property(x => x.Address).HasColumnType("inet");
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Hostname).HasMaxLength(253);
        b.Property(x => x.Description).HasMaxLength(1000);
        // Unique (org_id, address) is created in the migration's SQL: EF cannot model unique indexes on IPAddress.
        b.HasIndex(x => new { x.SubnetId, x.Address });
        b.HasIndex(x => x.AssetId);
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Subnet>().WithMany().HasForeignKey(x => x.SubnetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Assets.Asset>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Assets.AssetInterface>().WithMany().HasForeignKey(x => x.InterfaceId).OnDelete(DeleteBehavior.SetNull);
    }
}

using ClientStor.Api.Platform.Tenancy;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Ipam;

public sealed class Vlan : IOrgEntity
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    /// <summary>802.1Q id, 1 to 4094.</summary>
    public int Vid { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A subnet (PostgreSQL <c>cidr</c>, v4 or v6). Nesting is derived from the networks themselves.</summary>
public sealed class Subnet : IOrgEntity
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public IPNetwork Network { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public Guid? VlanId { get; set; }
    public Guid? LocationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

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

internal sealed class VlanConfiguration : IEntityTypeConfiguration<Vlan>
{
    public void Configure(EntityTypeBuilder<Vlan> b)
    {
        b.ToTable("vlans", t => t.HasCheckConstraint("ck_vlans_vid", "vid BETWEEN 1 AND 4094"));
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => new { x.OrgId, x.Vid }).IsUnique();
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubnetConfiguration : IEntityTypeConfiguration<Subnet>
{
    public void Configure(EntityTypeBuilder<Subnet> b)
    {
        b.ToTable("subnets");
        b.Property(x => x.Network).HasColumnType("cidr");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(1000);
        // Unique (org_id, network) is created in the migration's SQL: EF cannot model unique indexes on IPNetwork.
        b.HasIndex(x => x.Network).HasMethod("gist").HasOperators("inet_ops");
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Vlan>().WithMany().HasForeignKey(x => x.VlanId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Locations.Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IpAddressConfiguration : IEntityTypeConfiguration<IpAddressRecord>
{
    public void Configure(EntityTypeBuilder<IpAddressRecord> b)
    {
        b.ToTable("ip_addresses");
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

/// <summary>Address arithmetic for IPv4 and IPv6.</summary>
public static class IpMath
{
    public static readonly IReadOnlyList<string> Statuses = ["active", "reserved", "dhcp", "deprecated"];

    /// <summary>A CIDR network with host bits zero, or null (see <see cref="Platform.Http.Networks.ParseCidr"/>).</summary>
    public static IPNetwork? ParseNetwork(string? text) => Platform.Http.Networks.ParseCidr(text);

    /// <summary>True for the network and broadcast addresses of an IPv4 subnet larger than /31 (not assignable to hosts).</summary>
    public static bool IsNetworkOrBroadcast(IPNetwork n, IPAddress address)
    {
        if (Bits(n) != 32 || n.PrefixLength > 30 || address.AddressFamily != AddressFamily.InterNetwork)
            return false;
        var value = ToNumber(address);
        var first = ToNumber(n.BaseAddress);
        return value == first || value == first + (BigInteger.One << (32 - n.PrefixLength)) - 1;
    }

    public static int Bits(IPNetwork n) => n.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;

    /// <summary>Addresses a host can use: v4 excludes network and broadcast (except /31 and /32); v6 uses all.</summary>
    public static BigInteger UsableCount(IPNetwork n)
    {
        var hostBits = Bits(n) - n.PrefixLength;
        var all = BigInteger.One << hostBits;
        return Bits(n) == 32 && hostBits >= 2 ? all - 2 : all;
    }

    public static BigInteger ToNumber(IPAddress a) => new(a.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    public static IPAddress FromNumber(BigInteger value, AddressFamily family)
    {
        var size = family == AddressFamily.InterNetwork ? 4 : 16;
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[size];
        bytes.CopyTo(padded, size - bytes.Length);
        return new IPAddress(padded);
    }

    /// <summary>The lowest usable address (v4 after the network address, v6 after ::0) of the network not in <paramref name="used"/> (sorted ascending), or null when full.</summary>
    public static IPAddress? FirstFree(IPNetwork n, IReadOnlyList<IPAddress> used)
    {
        var start = ToNumber(n.BaseAddress);
        var hostBits = Bits(n) - n.PrefixLength;
        var last = start + (BigInteger.One << hostBits) - 1;
        if (Bits(n) == 32 && hostBits >= 2) { start += 1; last -= 1; }
        else if (Bits(n) == 128 && hostBits >= 1) start += 1; // ::0 is the subnet-router anycast address
        var candidate = start;
        foreach (var value in used.Select(ToNumber).Where(v => v >= start && v <= last).Order())
        {
            if (value > candidate) break;
            if (value == candidate) candidate += 1;
        }
        return candidate <= last ? FromNumber(candidate, n.BaseAddress.AddressFamily) : null;
    }
}

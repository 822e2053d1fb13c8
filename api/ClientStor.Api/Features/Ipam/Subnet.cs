using System.Net;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Ipam;

/// <summary>A subnet (PostgreSQL <c>cidr</c>, v4 or v6). Nesting is derived from the networks themselves.</summary>
[Resource("subnet", AuditCategories.Organisation)]
public sealed class Subnet : IOrgEntity, IVersioned
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
    public uint Version { get; set; }
}

internal sealed class SubnetConfiguration : IEntityTypeConfiguration<Subnet>
{
    public void Configure(EntityTypeBuilder<Subnet> b)
    {
        b.ToTable("subnets");
        b.HasSearchColumn("network::text", "coalesce(name, '')", "coalesce(description, '')"); // global search
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

public static class SubnetQueries
{
    /// <summary>The organisation's most specific subnet containing the address (canonical text), or null; not tracked.</summary>
    public static Task<Subnet?> MostSpecificContainingAsync(this DbSet<Subnet> subnets, Guid orgId, string address, CancellationToken ct) =>
        subnets.FromSql($"SELECT *, xmin FROM subnets WHERE org_id = {orgId} AND network >>= {address}::inet ORDER BY masklen(network) DESC LIMIT 1")
            .AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>The organisation's subnet with exactly this network (canonical text), or null; not tracked.</summary>
    public static Task<Subnet?> WithNetworkAsync(this DbSet<Subnet> subnets, Guid orgId, string network, CancellationToken ct) =>
        subnets.FromSql($"SELECT *, xmin FROM subnets WHERE org_id = {orgId} AND network = {network}::cidr").AsNoTracking().FirstOrDefaultAsync(ct);
}

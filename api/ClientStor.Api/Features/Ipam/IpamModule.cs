
namespace ClientStor.Api.Features.Ipam;

/// <summary>IP address management: VLANs, subnets (v4 and v6) and addresses.</summary>
public static class IpamModule
{
    public static IServiceCollection AddIpamModule(this IServiceCollection services) => services
        .AddScoped<IpAddressWriter>()
        .AddScoped<ISearchProvider, SubnetSearch>()
        .AddScoped<ISearchProvider, IpAddressSearch>()
        .AddScoped<ISearchProvider, VlanSearch>()
        .AddScoped<ISearchProvider, AssetAddressSearch>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Vlan> Vlans => db.Set<Vlan>();
        public DbSet<Subnet> Subnets => db.Set<Subnet>();
        public DbSet<IpAddressRecord> IpAddresses => db.Set<IpAddressRecord>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/vlans</c>, <c>/subnets</c> and <c>/ip-addresses</c>.</summary>
public sealed class IpamGroup() : OrgScopedGroup("IPAM");


using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Ipam;

/// <summary>IP address management: VLANs, subnets (v4 and v6) and addresses.</summary>
public static class IpamModule
{
    public static IServiceCollection AddIpamModule(this IServiceCollection services)
    {

        services.AddScoped<IpAddressWriter>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Vlan> Vlans => db.Set<Vlan>();
        public DbSet<Subnet> Subnets => db.Set<Subnet>();
        public DbSet<IpAddressRecord> IpAddresses => db.Set<IpAddressRecord>();
    }
}

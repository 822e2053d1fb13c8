
namespace ClientStor.Api.Features.Orgs;

/// <summary>Client organisations.</summary>
public static class OrgsModule
{
    public static IServiceCollection AddOrgsModule(this IServiceCollection services)
    {

        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Org> Orgs => db.Set<Org>();
    }
}

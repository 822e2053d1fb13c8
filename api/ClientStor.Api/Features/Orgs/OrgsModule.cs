
namespace ClientStor.Api.Features.Orgs;

/// <summary>Client organisations.</summary>
public static class OrgsModule
{
    public static IServiceCollection AddOrgsModule(this IServiceCollection services) => services.AddScoped<ISearchProvider, OrgSearch>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Org> Orgs => db.Set<Org>();
    }
}

using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Locations;

/// <summary>A client's sites and the network closets in them.</summary>
public static class LocationsModule
{
    public static IServiceCollection AddLocationsModule(this IServiceCollection services) => services.AddScoped<ISearchProvider, LocationSearch>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Location> Locations => db.Set<Location>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/locations</c>.</summary>
public sealed class LocationsGroup() : OrgScopedGroup("Locations");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class LocationMapper
{
    [MapProperty(nameof(Location.Version), nameof(LocationResponse.Etag))]
    public static partial LocationResponse ToResponse(this Location location);
}

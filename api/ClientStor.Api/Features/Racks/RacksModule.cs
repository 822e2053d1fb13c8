using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Racks;

/// <summary>Racks with their elevations, patch panels and port connections.</summary>
public static class RacksModule
{
    public static IServiceCollection AddRacksModule(this IServiceCollection services) => services.AddScoped<ISearchProvider, RackSearch>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Rack> Racks => db.Set<Rack>();
        public DbSet<RackPlacement> RackPlacements => db.Set<RackPlacement>();
        public DbSet<PatchPanel> PatchPanels => db.Set<PatchPanel>();
        public DbSet<PatchPort> PatchPorts => db.Set<PatchPort>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/racks</c> and <c>/patch-panels</c>.</summary>
public sealed class RacksGroup() : OrgScopedGroup("Racks");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class RacksMapper
{
    [MapProperty(nameof(Rack.Version), nameof(RackResponse.Etag))]
    public static partial RackResponse ToResponse(this Rack rack, int usedU);

    [MapProperty(nameof(RackPlacement.Version), nameof(PlacementResponse.Etag))]
    public static partial PlacementResponse ToResponse(this RackPlacement placement, string assetName);
}

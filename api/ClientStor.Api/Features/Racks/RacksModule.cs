using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Racks;

/// <summary>Racks with their elevations, patch panels and port connections.</summary>
public static class RacksModule
{
    public static IServiceCollection AddRacksModule(this IServiceCollection services)
    {

        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Rack> Racks => db.Set<Rack>();
        public DbSet<RackPlacement> RackPlacements => db.Set<RackPlacement>();
        public DbSet<PatchPanel> PatchPanels => db.Set<PatchPanel>();
        public DbSet<PatchPort> PatchPorts => db.Set<PatchPort>();
    }
}

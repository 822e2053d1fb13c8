using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Endpoints;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using Microsoft.EntityFrameworkCore;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Racks;

/// <summary>Racks with their elevations, patch panels and port connections.</summary>
public static class RacksModule
{
    public static IServiceCollection AddRacksModule(this IServiceCollection services) => services;

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

/// <summary>What the module's lists take: a page, the sort (<c>name</c> or <c>-name</c>) and a name filter.</summary>
public abstract class NamedListRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default) or <c>-name</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches the name.</summary>
    [QueryParam] public string? Q { get; set; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class RacksMapper
{
    [MapProperty(nameof(Rack.Version), nameof(RackResponse.Etag))]
    public static partial RackResponse ToResponse(this Rack rack, int usedU);

    [MapProperty(nameof(RackPlacement.Version), nameof(PlacementResponse.Etag))]
    public static partial PlacementResponse ToResponse(this RackPlacement placement, string assetName);
}

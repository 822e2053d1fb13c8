using ClientStor.Api.Features.Assets;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Overview;

/// <summary>
/// What a technician sees first: an organisation's overview (counts, pinned credentials, key contacts, sites, warranties
/// ending, recent changes) and the services the home dashboard shares with it (activity in plain language, warranties).
/// </summary>
public static class OverviewModule
{
    public static IServiceCollection AddOverviewModule(this IServiceCollection services) =>
        services.AddScoped<ActivityFeed>().AddScoped<WarrantyWatch>();
}

/// <summary><c>/api/v1/orgs/{orgId}/overview</c>.</summary>
public sealed class OverviewGroup() : OrgScopedGroup("Overview");

/// <summary>A section of the overview that lists a few items of a longer list: the first ones and how many there are.</summary>
public sealed class OverviewList<T>
{
    public required IReadOnlyList<T> Items { get; init; }
    /// <summary>How many there are in all (more than <c>items</c> when the section shows only the first ones).</summary>
    public required int Total { get; init; }
}

/// <summary>Warranties ending soon across every organisation (the home dashboard) read one index in date order.</summary>
internal sealed class WarrantyIndexConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> b) =>
        b.HasIndex(x => new { x.WarrantyExpires, x.Id }, "ix_assets_warranty_expires").HasDatabaseName("ix_assets_warranty_expires").HasFilter("warranty_expires IS NOT NULL");
}

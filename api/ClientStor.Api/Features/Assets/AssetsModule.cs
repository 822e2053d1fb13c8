
namespace ClientStor.Api.Features.Assets;

/// <summary>Assets: built-in and custom types, interfaces, relations, CSV import and export.</summary>
public static class AssetsModule
{
    public static IServiceCollection AddAssetsModule(this IServiceCollection services)
    {
        services.AddScoped<AssetWriter>();
        services.AddScoped<ISearchProvider, AssetSearch>();
        services.AddScoped<AssetImport>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Asset> Assets => db.Set<Asset>();
        public DbSet<AssetInterface> AssetInterfaces => db.Set<AssetInterface>();
        public DbSet<AssetRelation> AssetRelations => db.Set<AssetRelation>();
        public DbSet<CustomAssetType> CustomAssetTypes => db.Set<CustomAssetType>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/assets</c> and <c>/asset-types</c>.</summary>
public sealed class AssetsGroup() : Platform.Endpoints.OrgScopedGroup("Assets");

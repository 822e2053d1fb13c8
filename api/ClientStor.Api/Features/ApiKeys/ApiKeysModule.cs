using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.ApiKeys;

/// <summary>Scoped API keys: OpenIddict confidential clients bound to organisations.</summary>
public static class ApiKeysModule
{
    public static IServiceCollection AddApiKeysModule(this IServiceCollection services)
    {
        services.AddScoped<ApiKeyService>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/api-keys</c>: an organisation's keys.</summary>
public sealed class ApiKeysGroup() : OrgScopedGroup("ApiKeys");

/// <summary><c>/api/v1/api-keys</c>: platform keys, bound to several or all organisations.</summary>
public sealed class PlatformApiKeysGroup() : PlatformGroup("ApiKeys");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class ApiKeyMapper
{
    [MapProperty(nameof(ApiKey.Version), nameof(ApiKeyResponse.Etag))]
    [MapPropertyFromSource(nameof(ApiKeyResponse.Status), Use = nameof(Status))]
    public static partial ApiKeyResponse ToResponse(this ApiKey key);

    [MapProperty("Key.Id", nameof(IssuedApiKeyResponse.Id))]
    [MapProperty("Key.ClientId", nameof(IssuedApiKeyResponse.ClientId))]
    public static partial IssuedApiKeyResponse ToResponse(this IssuedKey issued);

    [UserMapping(Default = false)]
    private static string Status(ApiKey key) => key.StatusAt(DateTimeOffset.UtcNow);
}

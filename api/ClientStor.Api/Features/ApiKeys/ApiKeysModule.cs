using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

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


namespace ClientStor.Api.Features.Settings;

/// <summary>Platform-wide security settings (MFA policy, admin IP allowlist) and the server's configuration view.</summary>
public static class SettingsModule
{
    public static IServiceCollection AddSettingsModule(this IServiceCollection services)
    {
        services.AddSingleton<SecuritySettingsView>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<PlatformSettings> PlatformSettings => db.Set<PlatformSettings>();
    }
}

/// <summary><c>/api/v1/settings</c>.</summary>
public sealed class SettingsGroup() : PlatformGroup("Settings");

namespace ClientStor.Api.Platform.Crypto;

public static class CryptoModule
{
    public static IServiceCollection AddClientStorCrypto(this IServiceCollection services)
    {
        services.AddSingleton<KeyRing>();
        services.AddSingleton<FieldCipher>();
        services.AddHostedService<MasterKeyStartupCheck>();
        return services;
    }
}

/// <summary>Loads the master key when the server starts, so a missing or wrong key stops it with a clear message.</summary>
internal sealed class MasterKeyStartupCheck(KeyRing keys, Microsoft.Extensions.Options.IOptions<Configuration.ClientStorOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => options.Value.Offline ? Task.CompletedTask : keys.InitializeAsync(ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

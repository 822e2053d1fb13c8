using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Files;

/// <summary>File storage: the configured store, the upload pipeline, downloads and the S3 sweeper.</summary>
public static class FilesModule
{
    public static IServiceCollection AddClientStorFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FileStorageOptions>(configuration.GetSection("ClientStor:Files"));
        services.AddSingleton<S3FileStore>();
        services.AddScoped<IFileStore>(sp => sp.GetRequiredService<IOptions<FileStorageOptions>>().Value.Store switch
        {
            FileStores.Database => ActivatorUtilities.CreateInstance<DatabaseFileStore>(sp),
            FileStores.S3 => sp.GetRequiredService<S3FileStore>(),
            var other => throw new InvalidOperationException($"ClientStor:Files:Store '{other}' is unknown: use 'database' or 's3'."),
        });
        services.AddScoped<FileUploads>();
        services.AddScoped<FileDownloads>();
        services.AddHostedService<FileObjectSweeper>();
        return services;
    }
}

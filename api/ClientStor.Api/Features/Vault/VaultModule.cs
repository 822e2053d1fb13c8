using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Vault;

/// <summary>The credential vault: credentials with encrypted secret fields, folders, reveal, key rotation.</summary>
public static class VaultModule
{
    public static IServiceCollection AddVaultModule(this IServiceCollection services)
    {
        services.AddScoped<VaultSecrets>();
        services.AddScoped<KeyRotation>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Credential> Credentials => db.Set<Credential>();
        public DbSet<CredentialSecret> CredentialSecrets => db.Set<CredentialSecret>();
        public DbSet<VaultFolder> VaultFolders => db.Set<VaultFolder>();
    }
}

using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Vault;

/// <summary>The credential vault: credentials with encrypted secret fields, folders, reveal, key rotation.</summary>
public static class VaultModule
{
    public static IServiceCollection AddVaultModule(this IServiceCollection services)
    {
        services.AddScoped<VaultSecrets>();
        services.AddScoped<KeyRotation>();
        services.AddScoped<ISearchProvider, CredentialSearch>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Credential> Credentials => db.Set<Credential>();
        public DbSet<CredentialSecret> CredentialSecrets => db.Set<CredentialSecret>();
        public DbSet<CredentialAsset> CredentialAssets => db.Set<CredentialAsset>();
        public DbSet<VaultFolder> VaultFolders => db.Set<VaultFolder>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/vault</c>: an organisation's credentials and folders.</summary>
public sealed class VaultGroup() : OrgScopedGroup("Vault");

/// <summary><c>/api/v1/vault</c>: vault tools outside any organisation (the password generator).</summary>
public sealed class VaultToolsGroup() : PlatformGroup("Vault");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class VaultMapper
{
    /// <summary>
    /// The credential's metadata; <see cref="Credential.Secrets"/> (it names the secret fields) and <see cref="Credential.AssetLinks"/>
    /// must be loaded.
    /// </summary>
    [MapProperty(nameof(Credential.Version), nameof(CredentialResponse.Etag))]
    [MapProperty(nameof(Credential.Secrets), nameof(CredentialResponse.SecretFields))]
    [MapProperty(nameof(Credential.AssetLinks), nameof(CredentialResponse.AssetIds))]
    public static partial CredentialResponse ToResponse(this Credential credential);

    [MapProperty(nameof(VaultFolder.Version), nameof(FolderResponse.Etag))]
    public static partial FolderResponse ToResponse(this VaultFolder folder, int credentialCount);

    private static IReadOnlyList<string> SecretFields(List<CredentialSecret> secrets) =>
        secrets.Select(s => s.Field).Order(StringComparer.Ordinal).ToList();

    private static IReadOnlyList<Guid> AssetIds(List<CredentialAsset> links) => links.Select(l => l.AssetId).Order().ToList();
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Vault;

/// <summary>A folder of credentials within one organisation (flat, optionally nested one level per parent).</summary>
[Resource("folder", AuditCategories.Vault)]
public sealed class VaultFolder : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Upper-cased name: unique per parent, and the name sort.</summary>
    [NotAudited] public string NormalizedName { get; set; } = "";
    public Guid? ParentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>
/// A credential's metadata. Its secret fields (password, TOTP seed, custom secrets) live in
/// <see cref="CredentialSecret"/> rows, encrypted one by one, and never leave the server except through reveal.
/// </summary>
[Resource("credential", AuditCategories.Vault)]
public sealed class Credential : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? FolderId { get; set; }
    public string Name { get; set; } = "";
    public string? Username { get; set; }
    public string? Url { get; set; }
    public List<string> Tags { get; set; } = [];
    public string? Notes { get; set; }
    /// <summary>Shown first on the organisation's overview (the logins a technician needs every day).</summary>
    public bool Pinned { get; set; }
    public Guid CreatedById { get; set; }
    public Guid UpdatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<CredentialSecret> Secrets { get; set; } = [];
    /// <summary>The assets this credential belongs to (a switch's admin login; a service account on several servers).</summary>
    public List<CredentialAsset> AssetLinks { get; set; } = [];
}

/// <summary>A credential's link to an asset of the same organisation. Deleting either removes the link.</summary>
public sealed class CredentialAsset : IOrgScoped
{
    public Guid CredentialId { get; set; }
    public Guid AssetId { get; set; }
    public Guid OrgId { get; set; }
}

/// <summary>One encrypted secret field: AES-256-GCM envelope bound to org, credential and field name (see FieldCipher).</summary>
public sealed class CredentialSecret : IOrgScoped
{
    public Guid CredentialId { get; set; }
    public Guid OrgId { get; set; }
    /// <summary><c>password</c>, <c>otpSeed</c> or <c>custom:&lt;name&gt;</c>.</summary>
    public string Field { get; set; } = "";
    public byte[] Ciphertext { get; set; } = [];
    /// <summary>The key version of <see cref="Ciphertext"/> (also inside the envelope); lets rotation find what is left.</summary>
    public int KeyVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class VaultFolderConfiguration : IEntityTypeConfiguration<VaultFolder>
{
    public void Configure(EntityTypeBuilder<VaultFolder> b)
    {
        b.ToTable("vault_folders");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NormalizedName).HasMaxLength(200);
        b.HasIndex(x => new { x.OrgId, x.ParentId, x.NormalizedName }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(x => new { x.OrgId, x.NormalizedName, x.Id }); // the list's sort
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<VaultFolder>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> b)
    {
        b.ToTable("credentials");
        b.HasSearchColumn("name", "coalesce(username, '')", "coalesce(url, '')"); // global search
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Username).HasMaxLength(320);
        b.Property(x => x.Url).HasMaxLength(2048);
        b.Property(x => x.Notes).HasMaxLength(20_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.UpdatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.CreatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.FolderId });
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id }, "ix_credentials_pinned").HasDatabaseName("ix_credentials_pinned").HasFilter("pinned"); // the overview's pinned credentials
        b.HasIndex(x => x.Tags).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", Platform.Data.ClientStorDbContext.GinPendingListKb); // see Asset
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<VaultFolder>().WithMany().HasForeignKey(x => x.FolderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Secrets).WithOne().HasForeignKey(x => x.CredentialId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.AssetLinks).WithOne().HasForeignKey(x => x.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CredentialAssetConfiguration : IEntityTypeConfiguration<CredentialAsset>
{
    public void Configure(EntityTypeBuilder<CredentialAsset> b)
    {
        b.ToTable("credential_assets");
        b.HasKey(x => new { x.CredentialId, x.AssetId });
        b.HasIndex(x => new { x.AssetId, x.CredentialId }); // an asset's credentials, and the list's assetId filter
        b.HasOne<Assets.Asset>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CredentialSecretConfiguration : IEntityTypeConfiguration<CredentialSecret>
{
    public void Configure(EntityTypeBuilder<CredentialSecret> b)
    {
        b.ToTable("credential_secrets");
        b.HasKey(x => new { x.CredentialId, x.Field });
        b.Property(x => x.Field).HasMaxLength(120);
        b.HasIndex(x => x.KeyVersion);
    }
}

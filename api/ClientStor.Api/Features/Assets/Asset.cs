using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Assets;

/// <summary>A documented device or thing: built-in or custom type, custom field values validated against its type.</summary>
[Resource("asset", AuditCategories.Organisation)]
public sealed class Asset : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    /// <summary>A built-in type key (<see cref="AssetTypes.BuiltIn"/>) or the key of one of the org's custom types.</summary>
    public string Type { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Serial { get; set; }
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    public string Status { get; set; } = "active";
    public Guid? LocationId { get; set; }
    public Guid? ContactId { get; set; }
    public DateOnly? PurchaseDate { get; set; }
    public DateOnly? WarrantyExpires { get; set; }
    public string? Notes { get; set; }
    public List<string> Tags { get; set; } = [];
    /// <summary>Normalised <c>aa:bb:cc:dd:ee:ff</c>.</summary>
    public List<string> MacAddresses { get; set; } = [];
    /// <summary>Custom field values by field key (jsonb).</summary>
    public JsonDocument? CustomFields { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<AssetInterface> Interfaces { get; set; } = [];
}

/// <summary>A network interface of an asset (for IP assignment and patch connections).</summary>
[Resource("interface", AuditCategories.Organisation)]
public sealed class AssetInterface : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid AssetId { get; set; }
    public string Name { get; set; } = "";
    public string? MacAddress { get; set; }
    public string? Description { get; set; }
    public uint Version { get; set; }
}

/// <summary>A typed link between two assets of one organisation.</summary>
[Resource("relation", AuditCategories.Organisation)]
public sealed class AssetRelation : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid FromAssetId { get; set; }
    public Guid ToAssetId { get; set; }
    /// <summary><c>connected-to</c>, <c>depends-on</c>, <c>runs-on</c>, <c>backs-up</c>, <c>member-of</c>, <c>powered-by</c>.</summary>
    public string Kind { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> b)
    {
        b.ToTable("assets");
        b.Property(x => x.Type).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Serial).HasMaxLength(200);
        b.Property(x => x.Manufacturer).HasMaxLength(200);
        b.Property(x => x.Model).HasMaxLength(200);
        b.Property(x => x.Status).HasMaxLength(32);
        b.Property(x => x.Notes).HasMaxLength(20_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.UpdatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.CreatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.Type, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.Status, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.LocationId });
        b.HasIndex(x => new { x.OrgId, x.WarrantyExpires });
        b.HasIndex(x => new { x.OrgId, x.Serial });
        // GIN indexes with a small pending list: every search and tag/MAC lookup scans the not-yet-merged entries linearly,
        // and by default they may grow to 4 MB (measured: a search's database time doubled after a 3,000-asset import).
        // 256 kB keeps that scan short while inserts still go to the list and are merged in bulk (without the list at all,
        // fastupdate off, each insert updated the trigram index directly: slower writes and a 2.3x slower bulk seed).
        b.HasIndex(x => x.Tags).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", Platform.Data.ClientStorDbContext.GinPendingListKb);
        b.HasIndex(x => x.MacAddresses).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", Platform.Data.ClientStorDbContext.GinPendingListKb);
        // Free-text search (q=, and global search): a large organisation's search reads only the matching rows.
        b.HasSearchColumn("name", "coalesce(serial, '')", "coalesce(manufacturer, '')", "coalesce(model, '')");
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Locations.Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contacts.Contact>().WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Interfaces).WithOne().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssetInterfaceConfiguration : IEntityTypeConfiguration<AssetInterface>
{
    public void Configure(EntityTypeBuilder<AssetInterface> b)
    {
        b.ToTable("asset_interfaces");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.MacAddress).HasMaxLength(17);
        b.Property(x => x.Description).HasMaxLength(500);
        b.HasIndex(x => new { x.AssetId, x.Name }).IsUnique();
        b.HasIndex(x => new { x.OrgId, x.MacAddress });
    }
}

internal sealed class AssetRelationConfiguration : IEntityTypeConfiguration<AssetRelation>
{
    public void Configure(EntityTypeBuilder<AssetRelation> b)
    {
        b.ToTable("asset_relations");
        b.Property(x => x.Kind).HasMaxLength(32);
        b.HasIndex(x => new { x.FromAssetId, x.ToAssetId, x.Kind }).IsUnique();
        b.HasIndex(x => x.ToAssetId);
        b.HasOne<Asset>().WithMany().HasForeignKey(x => x.FromAssetId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Asset>().WithMany().HasForeignKey(x => x.ToAssetId).OnDelete(DeleteBehavior.Cascade);
    }
}

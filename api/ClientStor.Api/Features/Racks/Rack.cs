using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Racks;

[Resource("rack", AuditCategories.Organisation)]
public sealed class Rack : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? LocationId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Height in rack units (1 to 60).</summary>
    public int HeightU { get; set; } = 42;
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>
/// An asset mounted in a rack: units <see cref="PositionU"/> to PositionU + HeightU − 1 on a face (or both, when full
/// depth). Its changes are audited as the rack's (<c>rack.asset_placed</c>, <c>rack.asset_removed</c>).
/// </summary>
[Resource("rack_placement", AuditCategories.Organisation, Display = "placement")]
public sealed class RackPlacement : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid RackId { get; set; }
    public Guid AssetId { get; set; }
    /// <summary>Lowest unit occupied, 1-based from the bottom.</summary>
    public int PositionU { get; set; }
    public int HeightU { get; set; } = 1;
    /// <summary><c>front</c> or <c>rear</c>.</summary>
    public string Face { get; set; } = "front";
    /// <summary>Occupies the unit on both faces (most servers); a half-depth device leaves the other face free.</summary>
    public bool FullDepth { get; set; } = true;
    public uint Version { get; set; }
}

internal sealed class RackConfiguration : IEntityTypeConfiguration<Rack>
{
    public void Configure(EntityTypeBuilder<Rack> b)
    {
        b.ToTable("racks", t => t.HasCheckConstraint("ck_racks_height", "height_u BETWEEN 1 AND 60"));
        b.HasSearchColumn("name", "coalesce(notes, '')"); // global search
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Locations.Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RackPlacementConfiguration : IEntityTypeConfiguration<RackPlacement>
{
    public void Configure(EntityTypeBuilder<RackPlacement> b)
    {
        b.ToTable("rack_placements");
        b.Property(x => x.Face).HasMaxLength(8);
        b.HasIndex(x => x.AssetId).IsUnique();
        b.HasIndex(x => x.RackId);
        b.HasOne<Rack>().WithMany().HasForeignKey(x => x.RackId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Assets.Asset>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}

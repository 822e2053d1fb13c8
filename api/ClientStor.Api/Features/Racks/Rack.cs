using ClientStor.Api.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Racks;

public sealed class Rack : IOrgEntity
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
}

/// <summary>An asset mounted in a rack: units <see cref="PositionU"/> to PositionU + HeightU − 1 on a face (or both, when full depth).</summary>
public sealed class RackPlacement : IOrgEntity
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

    public bool CollidesWith(RackPlacement other) =>
        PositionU <= other.PositionU + other.HeightU - 1 && other.PositionU <= PositionU + HeightU - 1
        && (FullDepth || other.FullDepth || Face == other.Face);
}

/// <summary>A patch panel with numbered ports.</summary>
public sealed class PatchPanel : IOrgEntity
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? RackId { get; set; }
    public string Name { get; set; } = "";
    public int PortCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<PatchPort> Ports { get; set; } = [];
}

/// <summary>
/// One port. Its single connection is stored on the port: another port (both ports point at each other) or an
/// asset interface. Partial unique indexes keep an interface on at most one port.
/// </summary>
public sealed class PatchPort : IOrgEntity
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PanelId { get; set; }
    public int Number { get; set; }
    public string? Label { get; set; }
    public Guid? ConnectedPortId { get; set; }
    public Guid? ConnectedInterfaceId { get; set; }
}

internal sealed class RackConfiguration : IEntityTypeConfiguration<Rack>
{
    public void Configure(EntityTypeBuilder<Rack> b)
    {
        b.ToTable("racks", t => t.HasCheckConstraint("ck_racks_height", "height_u BETWEEN 1 AND 60"));
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.HasIndex(x => new { x.OrgId, x.Name });
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

internal sealed class PatchPanelConfiguration : IEntityTypeConfiguration<PatchPanel>
{
    public void Configure(EntityTypeBuilder<PatchPanel> b)
    {
        b.ToTable("patch_panels", t => t.HasCheckConstraint("ck_patch_panels_ports", "port_count BETWEEN 1 AND 96"));
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.OrgId, x.Name });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Rack>().WithMany().HasForeignKey(x => x.RackId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Ports).WithOne().HasForeignKey(x => x.PanelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PatchPortConfiguration : IEntityTypeConfiguration<PatchPort>
{
    public void Configure(EntityTypeBuilder<PatchPort> b)
    {
        b.ToTable("patch_ports");
        b.Property(x => x.Label).HasMaxLength(100);
        b.HasIndex(x => new { x.PanelId, x.Number }).IsUnique();
        b.HasIndex(x => x.ConnectedPortId).IsUnique().HasFilter("connected_port_id IS NOT NULL");
        b.HasIndex(x => x.ConnectedInterfaceId).IsUnique().HasFilter("connected_interface_id IS NOT NULL");
        b.HasOne<PatchPort>().WithMany().HasForeignKey(x => x.ConnectedPortId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Assets.AssetInterface>().WithMany().HasForeignKey(x => x.ConnectedInterfaceId).OnDelete(DeleteBehavior.SetNull);
    }
}

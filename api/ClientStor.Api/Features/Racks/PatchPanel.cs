using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Racks;

/// <summary>A patch panel with numbered ports.</summary>
[Resource("patch_panel", AuditCategories.Organisation)]
public sealed class PatchPanel : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? RackId { get; set; }
    public string Name { get; set; } = "";
    public int PortCount { get; set; }
    /// <summary>Lowest unit the panel occupies in its rack (1 = bottom), or null when it is not drawn in the elevation.</summary>
    public int? PositionU { get; set; }
    public int HeightU { get; set; } = 1;
    /// <summary><c>front</c> or <c>rear</c>: a panel takes its units on one face only.</summary>
    public string Face { get; set; } = "front";
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
    public List<PatchPort> Ports { get; set; } = [];
}

/// <summary>
/// One port. Its single connection is stored on the port: another port (both ports point at each other) or an
/// asset interface. Partial unique indexes keep an interface on at most one port.
/// </summary>
[Resource("patch_port", AuditCategories.Organisation)]
public sealed class PatchPort : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PanelId { get; set; }
    public int Number { get; set; }
    public string? Label { get; set; }
    public Guid? ConnectedPortId { get; set; }
    public Guid? ConnectedInterfaceId { get; set; }
    public uint Version { get; set; }
}

internal sealed class PatchPanelConfiguration : IEntityTypeConfiguration<PatchPanel>
{
    public void Configure(EntityTypeBuilder<PatchPanel> b)
    {
        b.ToTable("patch_panels", t =>
        {
            t.HasCheckConstraint("ck_patch_panels_ports", "port_count BETWEEN 1 AND 96");
            t.HasCheckConstraint("ck_patch_panels_height", "height_u BETWEEN 1 AND 4");
        });
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Face).HasMaxLength(8);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
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

public static class PatchPortQueries
{
    /// <summary>Port <paramref name="number"/> of the organisation's panel (tracked), or <see cref="NotFoundException"/> (404).</summary>
    public static async Task<PatchPort> FindPortAsync(this DbSet<PatchPort> ports, Guid orgId, Guid panelId, int number, CancellationToken ct) =>
        await ports.FirstOrDefaultAsync(p => p.PanelId == panelId && p.Number == number && p.OrgId == orgId, ct)
        ?? throw new NotFoundException($"Port {number} of this panel");
}

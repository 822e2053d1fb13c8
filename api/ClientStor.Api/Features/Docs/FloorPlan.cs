using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// A floor plan of one organisation: a drawing (an image, a PDF rendered to PNG, an SVG, or the SVG drawn from a MagicPlan
/// export) with items pinned on it. Each new drawing and each change of the pins adds a <see cref="FloorPlanRevision"/>;
/// the current pins are also rows of <see cref="FloorPlanPin"/> (so "the plans that pin this asset" is an indexed query).
/// </summary>
[Resource("floor_plan", AuditCategories.Organisation)]
public sealed class FloorPlan : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public Guid? LocationId { get; set; }
    /// <summary>Which floor of the location ("2nd floor", "Basement").</summary>
    public string? Level { get; set; }
    public string? Description { get; set; }
    /// <summary>The number of the current revision (0: no drawing yet).</summary>
    public int Revision { get; set; }
    /// <summary><c>image</c>, <c>pdf</c>, <c>svg</c> or <c>magicplan</c>; null until a drawing is uploaded.</summary>
    public string? SourceKind { get; set; }
    /// <summary>The room names of the current drawing, one per line, for search.</summary>
    [NotAudited] public string RoomNames { get; set; } = "";
    public Guid CreatedById { get; set; }
    public Guid UpdatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<FloorPlanPin> Pins { get; set; } = [];
}

/// <summary>One saved state of a floor plan's drawing, rooms and pins, never changed once written (restoring writes a new one).</summary>
public sealed class FloorPlanRevision : IOrgScoped
{
    public Guid Id { get; set; }
    public Guid FloorPlanId { get; set; }
    public Guid OrgId { get; set; }
    public int Number { get; set; }
    public string? Summary { get; set; }
    /// <summary>Set when this revision restored an earlier one.</summary>
    public int? RestoredFrom { get; set; }
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The file as uploaded (offered as a download).</summary>
    public Guid OriginalFileId { get; set; }
    public string OriginalFileName { get; set; } = "";
    /// <summary>What the viewer shows: the upload itself (images, SVG) or its rendering (PDF → PNG, MagicPlan → SVG).</summary>
    public Guid DisplayFileId { get; set; }
    public string DisplayType { get; set; } = "";
    /// <summary>The display's size in pixels (its viewBox for SVG): pins are fractions of it.</summary>
    public int Width { get; set; }
    public int Height { get; set; }
    public string SourceKind { get; set; } = "";
    /// <summary>The floor of a MagicPlan export the drawing shows, and every floor it has.</summary>
    public string? Floor { get; set; }
    public List<string> Floors { get; set; } = [];
    public List<FloorPlanRoom> Rooms { get; set; } = [];
    public List<FloorPlanPinData> Pins { get; set; } = [];
}

/// <summary>A room of a MagicPlan plan: its name, area (m²), perimeter (m) and outline as fractions 0..1 of the drawing.</summary>
public sealed class FloorPlanRoom
{
    public required string Name { get; set; }
    public required double? Area { get; set; }
    public required double? Perimeter { get; set; }
    public required List<FloorPlanPoint> Polygon { get; set; }
}

public sealed class FloorPlanPoint
{
    public required double X { get; set; }
    public required double Y { get; set; }
}

/// <summary>A pin as a revision keeps it (and as the API takes it).</summary>
public sealed class FloorPlanPinData
{
    /// <summary><c>asset</c> (an access point is an asset pin: the asset's type tells), <c>rack</c> or <c>drop</c> (a network wall port).</summary>
    public string Kind { get; set; } = "";
    /// <summary>Across the drawing, 0 (left) to 1 (right).</summary>
    public double X { get; set; }
    /// <summary>Down the drawing, 0 (top) to 1 (bottom).</summary>
    public double Y { get; set; }
    public string? Label { get; set; }
    public Guid? AssetId { get; set; }
    public Guid? RackId { get; set; }
    /// <summary>The patch panel port a drop is cabled to.</summary>
    public Guid? PatchPanelPortId { get; set; }
    /// <summary>The room it is in (a name from the plan's rooms, or free text).</summary>
    public string? Room { get; set; }
}

/// <summary>A current pin of a floor plan. Deleting its asset or rack deletes it; deleting a drop's port only unties the drop.</summary>
public sealed class FloorPlanPin : IOrgScoped
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid FloorPlanId { get; set; }
    /// <summary>Its place in the plan's pin list.</summary>
    public int Position { get; set; }
    public string Kind { get; set; } = "";
    public double X { get; set; }
    public double Y { get; set; }
    public string? Label { get; set; }
    public Guid? AssetId { get; set; }
    public Guid? RackId { get; set; }
    public Guid? PatchPanelPortId { get; set; }
    public string? Room { get; set; }

    public FloorPlanPinData ToData() => new()
    {
        Kind = Kind, X = X, Y = Y, Label = Label, AssetId = AssetId, RackId = RackId, PatchPanelPortId = PatchPanelPortId, Room = Room,
    };
}

internal sealed class FloorPlanConfiguration : IEntityTypeConfiguration<FloorPlan>
{
    public const string SearchVectorSql =
        "setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(level, '')), 'B') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(room_names, '')), 'B')";

    public void Configure(EntityTypeBuilder<FloorPlan> b)
    {
        b.ToTable("floor_plans");
        b.HasSearchColumn("name");
        b.Property<NpgsqlTsVector>("SearchVector").HasColumnName("search_vector").HasComputedColumnSql(SearchVectorSql, stored: true);
        b.HasIndex("SearchVector").HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.Property(x => x.Name).HasMaxLength(FloorPlanRules.MaxName);
        b.Property(x => x.Level).HasMaxLength(FloorPlanRules.MaxLevel);
        b.Property(x => x.Description).HasMaxLength(FloorPlanRules.MaxDescription);
        b.Property(x => x.SourceKind).HasMaxLength(20);
        b.Property(x => x.RoomNames).HasMaxLength(FloorPlanRules.MaxRoomNames);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.UpdatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.LocationId });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Locations.Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Pins).WithOne().HasForeignKey(x => x.FloorPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FloorPlanRevisionConfiguration : IEntityTypeConfiguration<FloorPlanRevision>
{
    public void Configure(EntityTypeBuilder<FloorPlanRevision> b)
    {
        b.ToTable("floor_plan_revisions");
        b.Property(x => x.Summary).HasMaxLength(500);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.OriginalFileName).HasMaxLength(255);
        b.Property(x => x.DisplayType).HasMaxLength(100);
        b.Property(x => x.SourceKind).HasMaxLength(20);
        b.Property(x => x.Floor).HasMaxLength(200);
        b.Property(x => x.Rooms).HasJsonbConversion();
        b.Property(x => x.Pins).HasJsonbConversion();
        b.HasIndex(x => new { x.FloorPlanId, x.Number }).IsUnique();
        b.HasIndex(x => x.OriginalFileId);
        b.HasIndex(x => x.DisplayFileId);
        b.HasOne<FloorPlan>().WithMany().HasForeignKey(x => x.FloorPlanId).OnDelete(DeleteBehavior.Cascade);
        // The files go with the last revision that shows them (a trigger: see the FloorPlans migration).
        b.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(x => x.OriginalFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(x => x.DisplayFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FloorPlanPinConfiguration : IEntityTypeConfiguration<FloorPlanPin>
{
    public void Configure(EntityTypeBuilder<FloorPlanPin> b)
    {
        b.ToTable("floor_plan_pins", t =>
        {
            t.HasCheckConstraint("ck_floor_plan_pins_position", "x BETWEEN 0 AND 1 AND y BETWEEN 0 AND 1");
            t.HasCheckConstraint("ck_floor_plan_pins_kind", "kind IN ('asset', 'rack', 'drop')");
        });
        b.Property(x => x.Kind).HasMaxLength(10);
        b.Property(x => x.Label).HasMaxLength(FloorPlanRules.MaxLabel);
        b.Property(x => x.Room).HasMaxLength(FloorPlanRules.MaxLabel);
        b.HasIndex(x => new { x.FloorPlanId, x.Position });
        b.HasIndex(x => x.AssetId).HasFilter("asset_id IS NOT NULL");
        b.HasIndex(x => x.RackId).HasFilter("rack_id IS NOT NULL");
        b.HasIndex(x => x.PatchPanelPortId).HasFilter("patch_panel_port_id IS NOT NULL");
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Assets.Asset>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Racks.Rack>().WithMany().HasForeignKey(x => x.RackId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Racks.PatchPort>().WithMany().HasForeignKey(x => x.PatchPanelPortId).OnDelete(DeleteBehavior.SetNull);
    }
}

public static class FloorPlanRules
{
    public const int MaxName = 300;
    public const int MaxLevel = 100;
    public const int MaxDescription = 4000;
    public const int MaxLabel = 100;
    public const int MaxPins = 500;
    public const int MaxRooms = 500;
    public const int MaxRoomNames = 32_000;
    public static readonly string[] PinKinds = ["asset", "rack", "drop"];
}

internal static class JsonbColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>A list kept as one <c>jsonb</c> value, compared by its JSON (so a changed element is seen as a change).</summary>
    public static PropertyBuilder<List<T>> HasJsonbConversion<T>(this PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Options), Options)!));
}

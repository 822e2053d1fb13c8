using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// A draw.io diagram of one organisation: its current <c>.drawio</c> XML and the SVG preview the editor exported with it.
/// Every save that changes either adds a <see cref="DiagramRevision"/>. The labels (plain text) and the assets its shapes
/// link to are read from the XML on save. XML and SVG are not audited (the revisions keep them).
/// </summary>
[Resource("diagram", AuditCategories.Organisation)]
public sealed class Diagram : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? FolderId { get; set; }
    public string Name { get; set; } = "";
    [NotAudited] public string Xml { get; set; } = "";
    [NotAudited] public string Svg { get; set; } = "";
    /// <summary>The text of the shapes' labels, one per line, for full-text search.</summary>
    [NotAudited] public string Labels { get; set; } = "";
    /// <summary>Assets of the same organisation the shapes link to.</summary>
    public List<Guid> AssetIds { get; set; } = [];
    /// <summary>The number of the current revision.</summary>
    public int Revision { get; set; }
    public Guid CreatedById { get; set; }
    public Guid UpdatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>One saved state of a diagram, never changed once written (restoring writes a new one).</summary>
public sealed class DiagramRevision : IOrgScoped
{
    public Guid Id { get; set; }
    public Guid DiagramId { get; set; }
    public Guid OrgId { get; set; }
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public string Xml { get; set; } = "";
    public string Svg { get; set; } = "";
    public string? Summary { get; set; }
    /// <summary>Set when this revision restored an earlier one.</summary>
    public int? RestoredFrom { get; set; }
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DiagramConfiguration : IEntityTypeConfiguration<Diagram>
{
    /// <summary>The full-text column: the name weighs more than the labels; labels are read as English.</summary>
    public const string SearchVectorSql =
        "setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(labels, '')), 'B')";

    public void Configure(EntityTypeBuilder<Diagram> b)
    {
        b.ToTable("diagrams");
        b.HasSearchColumn("name"); // global search's trigram match on the name
        b.Property<NpgsqlTsVector>("SearchVector").HasColumnName("search_vector").HasComputedColumnSql(SearchVectorSql, stored: true);
        // A small pending list: see the article configuration's note on gin_pending_list_limit.
        b.HasIndex("SearchVector").HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Xml).HasMaxLength(DiagramContent.MaxXml);
        b.Property(x => x.Svg).HasMaxLength(DiagramContent.MaxSvg);
        b.Property(x => x.Labels).HasMaxLength(DiagramContent.MaxLabels);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.UpdatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.FolderId });
        b.HasIndex(x => x.AssetIds).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DocFolder>().WithMany().HasForeignKey(x => x.FolderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DiagramRevisionConfiguration : IEntityTypeConfiguration<DiagramRevision>
{
    public void Configure(EntityTypeBuilder<DiagramRevision> b)
    {
        b.ToTable("diagram_revisions");
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Xml).HasMaxLength(DiagramContent.MaxXml);
        b.Property(x => x.Svg).HasMaxLength(DiagramContent.MaxSvg);
        b.Property(x => x.Summary).HasMaxLength(500);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.HasIndex(x => new { x.DiagramId, x.Number }).IsUnique();
        b.HasOne<Diagram>().WithMany().HasForeignKey(x => x.DiagramId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Orgs;

/// <summary>A client organisation the MSP documents and serves.</summary>
[Resource("org", AuditCategories.Organisation, Display = "organisation")]
public sealed class Org : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Upper-invariant name: names are unique case-insensitively, and "name" sorting uses it.</summary>
    [NotAudited] public string NormalizedName { get; set; } = "";
    public string Slug { get; set; } = "";
    public OrgStatus Status { get; set; } = OrgStatus.Active;
    public string? Notes { get; set; }
    /// <summary>Changes to published knowledge-base articles wait for a holder of <c>docs.publish</c> to approve them.</summary>
    public bool DocsReviewRequired { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>PostgreSQL's xmin: changes on every update; the etag and the optimistic-concurrency token.</summary>
    public uint Version { get; set; }

    public static string NormalizeName(string name) => name.Trim().ToUpperInvariant();
}

public enum OrgStatus { Active, Archived }

internal sealed class OrgConfiguration : IEntityTypeConfiguration<Org>
{
    public void Configure(EntityTypeBuilder<Org> b)
    {
        b.ToTable("orgs");
        // The MSP knowledge base is an organisation only to the knowledge base's code: no list, count or lookup of
        // organisations sees it (see PlatformKnowledgeBase).
        b.HasQueryFilter(o => o.Id != PlatformKnowledgeBase.OrgId);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NormalizedName).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => x.NormalizedName).IsUnique();
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => new { x.NormalizedName, x.Id });
        b.HasIndex(x => new { x.CreatedAt, x.Id });
        b.HasIndex(x => new { x.UpdatedAt, x.Id });
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// A knowledge-base article of one organisation: its current Markdown and the sanitised HTML rendered from it on save.
/// Every save that changes the title or body adds an <see cref="ArticleRevision"/>; <see cref="Revision"/> is the number
/// of the one shown. Bodies are not audited (the revisions keep them); the audit row names the revision.
/// </summary>
[Resource("article", AuditCategories.Organisation)]
public sealed class Article : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? FolderId { get; set; }
    public string Title { get; set; } = "";
    [NotAudited] public string Body { get; set; } = "";
    [NotAudited] public string Html { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    /// <summary>Assets, credentials and contacts of the same organisation the article is about.</summary>
    public List<Guid> AssetIds { get; set; } = [];
    public List<Guid> CredentialIds { get; set; } = [];
    public List<Guid> ContactIds { get; set; } = [];
    /// <summary>Articles this one links to (<c>article:&lt;id&gt;</c> links in the body), kept on save for "linked from".</summary>
    [NotAudited] public List<Guid> LinkedArticleIds { get; set; } = [];
    /// <summary>Offered as a starting point when creating an article.</summary>
    public bool IsTemplate { get; set; }
    /// <summary>The number of the published revision: what readers see.</summary>
    public int Revision { get; set; }
    /// <summary>The highest revision number given out (drafts awaiting review take numbers too).</summary>
    [NotAudited] public int RevisionCount { get; set; }
    public Guid CreatedById { get; set; }
    public Guid UpdatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>One saved state of an article, never changed once written (restoring writes a new one).</summary>
public sealed class ArticleRevision : IOrgScoped
{
    public Guid Id { get; set; }
    public Guid ArticleId { get; set; }
    public Guid OrgId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>What the author said the change was.</summary>
    public string? Summary { get; set; }
    /// <summary>Set when this revision restored an earlier one.</summary>
    public int? RestoredFrom { get; set; }
    /// <summary><c>published</c>, or for a change waiting for review <c>pending</c>, then <c>rejected</c> (approved ones become published).</summary>
    public string Status { get; set; } = ArticleRevisionStatus.Published;
    /// <summary>The published revision a draft was written on.</summary>
    public int? BaseRevision { get; set; }
    public Guid? ReviewedById { get; set; }
    public string? ReviewedByName { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid AuthorId { get; set; }
    /// <summary>The author's name when it was written (people are renamed and deleted; history keeps who it was).</summary>
    public string AuthorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A folder of articles, nested by <see cref="ParentId"/>.</summary>
[Resource("doc_folder", AuditCategories.Organisation, Display = "folder")]
public sealed class DocFolder : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? ParentId { get; set; }
    public string Name { get; set; } = "";
    [NotAudited] public string NormalizedName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    /// <summary>The full-text column: the title weighs more than the body; the body is read as English.</summary>
    public const string SearchVectorSql =
        "setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')";

    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.ToTable("articles");
        b.HasSearchColumn("title"); // global search's trigram match on the title
        b.Property<NpgsqlTsVector>("SearchVector").HasColumnName("search_vector").HasComputedColumnSql(SearchVectorSql, stored: true);
        // GIN indexes keep new entries in a pending list that every lookup scans: unbounded (4 MB by default) a few thousand
        // new articles made a search for a word no article holds take 11 ms instead of 0.03 ms. Keep it small.
        b.HasIndex("SearchVector").HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(ArticleRules.MaxBody);
        b.HasIndex(x => new { x.OrgId, x.Title, x.Id });
        b.HasIndex(x => new { x.OrgId, x.UpdatedAt, x.Id });
        b.HasIndex(x => new { x.OrgId, x.FolderId });
        b.HasIndex(x => x.AssetIds).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.HasIndex(x => x.Tags).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.HasIndex(x => x.LinkedArticleIds).HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DocFolder>().WithMany().HasForeignKey(x => x.FolderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> b)
    {
        b.ToTable("article_revisions");
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(ArticleRules.MaxBody);
        b.Property(x => x.Summary).HasMaxLength(500);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.ReviewedByName).HasMaxLength(200);
        b.Property(x => x.ReviewComment).HasMaxLength(2000);
        b.HasIndex(x => new { x.OrgId, x.Status, x.CreatedAt, x.Id }).HasFilter("status = 'pending'"); // the review queue
        b.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocFolderConfiguration : IEntityTypeConfiguration<DocFolder>
{
    public void Configure(EntityTypeBuilder<DocFolder> b)
    {
        b.ToTable("doc_folders");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NormalizedName).HasMaxLength(200);
        b.HasIndex(x => new { x.OrgId, x.ParentId, x.NormalizedName }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(x => new { x.OrgId, x.NormalizedName, x.Id });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DocFolder>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public static class ArticleRevisionStatus
{
    public const string Published = "published", Pending = "pending", Rejected = "rejected";
}

using ClientStor.Api.Platform.Files;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace ClientStor.Api.Features.Attachments;

/// <summary>
/// A file attached to an article, an asset or a credential (exactly one: <see cref="AttachmentParent"/>); the parent's
/// permissions govern it and it goes when the parent goes. Its bytes are a <see cref="StoredFile"/>, deleted with it by
/// a database trigger (cascades included).
/// </summary>
[Resource("attachment", AuditCategories.Organisation)]
public sealed class Attachment : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    /// <summary><c>article</c>, <c>asset</c> or <c>credential</c>.</summary>
    public string ParentType { get; set; } = "";
    public Guid? ArticleId { get; set; }
    public Guid? AssetId { get; set; }
    public Guid? CredentialId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    /// <summary>Image width and height in pixels (images only).</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }
    public bool HasThumbnail { get; set; }
    /// <summary>A small WebP preview of an image.</summary>
    [NotAudited] public byte[]? Thumbnail { get; set; }
    /// <summary>The start of a text-like file (search finds words in it).</summary>
    [NotAudited] public string? TextContent { get; set; }
    public Guid? UploadedById { get; set; }
    /// <summary>Who uploaded it, as named then (a person or an API key).</summary>
    public string UploadedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }

    public Guid ParentId => ArticleId ?? AssetId ?? CredentialId ?? Guid.Empty;
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    /// <summary>The file name (its words and parts: "vpn-config.ovpn" is found by "vpn") and the text of text-like files.</summary>
    public const string SearchVectorSql =
        "setweight(to_tsvector('simple'::regconfig, regexp_replace(coalesce(file_name, ''), '[._-]+', ' ', 'g')), 'A') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(text_content, '')), 'C')";

    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments", t => t.HasCheckConstraint("ck_attachments_one_parent",
            "num_nonnulls(article_id, asset_id, credential_id) = 1"));
        b.Ignore(x => x.ParentId);
        b.HasSearchColumn("file_name");
        b.Property<NpgsqlTsVector>("SearchVector").HasColumnName("search_vector").HasComputedColumnSql(SearchVectorSql, stored: true);
        b.HasIndex("SearchVector").HasMethod("gin").HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
        b.Property(x => x.ParentType).HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedByName).HasMaxLength(300);
        b.Property(x => x.TextContent).HasMaxLength(AttachmentRules.MaxIndexedText);
        b.HasIndex(x => new { x.ArticleId, x.CreatedAt });
        b.HasIndex(x => new { x.AssetId, x.CreatedAt });
        b.HasIndex(x => new { x.CredentialId, x.CreatedAt });
        b.HasIndex(x => x.FileId).IsUnique();
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Docs.Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Assets.Asset>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Vault.Credential>().WithMany().HasForeignKey(x => x.CredentialId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

public static class AttachmentRules
{
    /// <summary>How much of a text-like file search reads.</summary>
    public const int MaxIndexedText = 64 * 1024;
}

using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Attachments;

/// <summary>Files attached to articles, assets and credentials: upload, list, download, thumbnail, delete, search.</summary>
public static class AttachmentsModule
{
    public static IServiceCollection AddAttachmentsModule(this IServiceCollection services)
    {
        services.AddScoped<AttachmentWriter>();
        foreach (var parent in AttachmentParent.All)
            services.AddScoped<ISearchProvider>(sp => new AttachmentSearch(sp.GetRequiredService<ClientStorDbContext>(), parent));
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Attachment> Attachments => db.Set<Attachment>();
    }

    /// <summary>An attachment row without its thumbnail bytes and indexed text (what lists and metadata need).</summary>
    public static IQueryable<Attachment> WithoutContent(this IQueryable<Attachment> rows) => rows.Select(a => new Attachment
    {
        Id = a.Id, OrgId = a.OrgId, ParentType = a.ParentType, ArticleId = a.ArticleId, AssetId = a.AssetId, CredentialId = a.CredentialId,
        FileId = a.FileId, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Sha256 = a.Sha256, Width = a.Width, Height = a.Height,
        HasThumbnail = a.HasThumbnail, UploadedById = a.UploadedById, UploadedByName = a.UploadedByName, CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt,
        Version = a.Version,
    });
}

/// <summary><c>/api/v1/orgs/{orgId}/…/attachments</c>: the files of an organisation's articles, assets and credentials.</summary>
public sealed class AttachmentsGroup() : OrgScopedGroup("Attachments");

/// <summary>A file attached to an article, asset or credential (its bytes are downloaded from <c>…/content</c>).</summary>
public sealed class AttachmentResponse : IHasEtag
{
    public required Guid Id { get; set; }
    /// <summary><c>article</c>, <c>asset</c> or <c>credential</c>.</summary>
    public required string ParentType { get; set; }
    public required Guid ParentId { get; set; }
    /// <summary>The name it was uploaded with.</summary>
    public required string FileName { get; set; }
    /// <summary>The type its bytes showed when checked (never the uploader's claim).</summary>
    public required string ContentType { get; set; }
    public required long Size { get; set; }
    /// <summary>SHA-256 of the bytes, hex (compare a download with it).</summary>
    public required string Sha256 { get; set; }
    public required int? Width { get; set; }
    public required int? Height { get; set; }
    /// <summary>An image with a preview at <c>…/thumbnail</c>.</summary>
    public required bool HasThumbnail { get; set; }
    public required Guid? UploadedById { get; set; }
    public required string UploadedByName { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required string Etag { get; set; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class AttachmentsMapper
{
    [MapProperty(nameof(Attachment.Version), nameof(AttachmentResponse.Etag))]
    public static partial AttachmentResponse ToResponse(this Attachment attachment);
}

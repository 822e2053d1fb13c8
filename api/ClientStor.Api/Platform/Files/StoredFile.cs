using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Platform.Files;

/// <summary>
/// The bytes of one uploaded file, wherever they are kept: in <c>file_chunks</c> (the default) or as an object of the
/// S3-compatible store. Immutable once written; what the file is (its name, its parent) belongs to whoever refers to it.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    /// <summary>The organisation whose quota it counts against (its owner deletes the row with itself: see the owners' triggers).</summary>
    public Guid OrgId { get; set; }
    public long Size { get; set; }
    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
    /// <summary>The MIME type the bytes showed to the upload guard (never the client's claim).</summary>
    public string ContentType { get; set; } = "";
    /// <summary><see cref="FileStores.Database"/> or <see cref="FileStores.S3"/>.</summary>
    public string Store { get; set; } = FileStores.Database;
    /// <summary>The object key in the S3 store (null in the database store).</summary>
    public string? ObjectKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One slice of a file kept in the database, in order by <see cref="Seq"/>.</summary>
public sealed class FileChunk
{
    public Guid FileId { get; set; }
    public int Seq { get; set; }
    public byte[] Data { get; set; } = [];
}

/// <summary>An object of the S3 store whose file row is gone: the sweeper deletes it (any replica, once).</summary>
public sealed class FileObjectDeletion
{
    public long Id { get; set; }
    public string ObjectKey { get; set; } = "";
    public DateTimeOffset DeletedAt { get; set; }
}

public static class FileStores
{
    public const string Database = "database";
    public const string S3 = "s3";
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.Store).HasMaxLength(20);
        b.Property(x => x.ObjectKey).HasMaxLength(300);
        // The quota: the sum of an organisation's sizes.
        b.HasIndex(x => x.OrgId).IncludeProperties(x => x.Size);
    }
}

internal sealed class FileChunkConfiguration : IEntityTypeConfiguration<FileChunk>
{
    public void Configure(EntityTypeBuilder<FileChunk> b)
    {
        b.ToTable("file_chunks");
        b.HasKey(x => new { x.FileId, x.Seq });
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FileObjectDeletionConfiguration : IEntityTypeConfiguration<FileObjectDeletion>
{
    public void Configure(EntityTypeBuilder<FileObjectDeletion> b)
    {
        b.ToTable("file_object_deletions");
        b.Property(x => x.ObjectKey).HasMaxLength(300);
    }
}

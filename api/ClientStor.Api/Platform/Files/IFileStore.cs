namespace ClientStor.Api.Platform.Files;

/// <summary>Where a file's bytes go: the database (chunks) or an S3-compatible store.</summary>
public interface IFileStore
{
    /// <summary><see cref="FileStores.Database"/> or <see cref="FileStores.S3"/>: what new files' <see cref="StoredFile.Store"/> says.</summary>
    string Name { get; }

    /// <summary>
    /// Writes <paramref name="content"/> (read from its start) as <paramref name="file"/>'s bytes. The database store writes
    /// inside the DbContext's current transaction, so the bytes commit with the row that refers to them; the S3 store
    /// uploads before the transaction commits and the caller deletes the object if it does not.
    /// </summary>
    Task WriteAsync(StoredFile file, Stream content, CancellationToken ct);

    /// <summary>Copies the bytes from <paramref name="offset"/> (<paramref name="length"/> of them) to <paramref name="destination"/>, streaming.</summary>
    Task CopyToAsync(StoredFile file, Stream destination, long offset, long length, CancellationToken ct);

    /// <summary>Removes objects whose rows are gone (the S3 store; the database store's chunks go with their row).</summary>
    Task DeleteObjectAsync(string objectKey, CancellationToken ct);
}

namespace ClientStor.Api.Platform.Files;

/// <summary>The <c>ClientStor:Files</c> section: where uploaded files are kept.</summary>
public sealed class FileStorageOptions
{
    /// <summary>
    /// <c>database</c> (default): in PostgreSQL, in 1 MiB chunks, so any API replica serves any file and a database backup
    /// holds them. <c>s3</c>: objects in an S3-compatible store (<see cref="S3"/>), for deployments with many large files.
    /// </summary>
    public string Store { get; set; } = FileStores.Database;

    /// <summary>The size of a database chunk.</summary>
    public int ChunkBytes { get; set; } = 1024 * 1024;

    /// <summary>Where uploads are spooled while the upload guard inspects them (the system's temporary directory when unset).</summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>How often each replica deletes the S3 objects of deleted files.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public S3StoreOptions S3 { get; set; } = new();
}

public sealed class S3StoreOptions
{
    /// <summary>The store's endpoint (<c>https://s3.eu-central-1.amazonaws.com</c>, <c>https://minio.example:9000</c>).</summary>
    public string? ServiceUrl { get; set; }
    public string Region { get; set; } = "us-east-1";
    public string? Bucket { get; set; }
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>Path-style addressing (<c>host/bucket/key</c>), which MinIO and most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;
    /// <summary>Prefix of every object key (several deployments sharing a bucket).</summary>
    public string KeyPrefix { get; set; } = "clientstor/";
}

using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Files;

/// <summary>
/// Files as objects of an S3-compatible store (AWS S3, MinIO, Ceph, Garage…), one object per file under
/// <see cref="S3StoreOptions.KeyPrefix"/>. Uploads stream from the spooled file; downloads stream the object's body (a
/// ranged GET when only part is asked for). One per process (a singleton: its client is never disposed, since scopes
/// hand it out through the scoped <see cref="IFileStore"/> and would otherwise dispose it).
/// </summary>
public sealed class S3FileStore : IFileStore
{
    private readonly AmazonS3Client client;
    private readonly S3StoreOptions options;

    public S3FileStore(IOptions<FileStorageOptions> configured)
    {
        options = configured.Value.S3;
        if (string.IsNullOrWhiteSpace(options.ServiceUrl) || string.IsNullOrWhiteSpace(options.Bucket))
            throw new InvalidOperationException("ClientStor:Files:Store is 's3' but ClientStor:Files:S3:ServiceUrl or :Bucket is not set.");
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where the operation requires them: self-hosted stores do not all speak the newer trailers.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        client = string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public string Name => FileStores.S3;

    public async Task WriteAsync(StoredFile file, Stream content, CancellationToken ct)
    {
        file.ObjectKey = options.KeyPrefix + file.OrgId.ToString("N") + "/" + file.Id.ToString("N");
        content.Position = 0;
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = file.ObjectKey,
            InputStream = content,
            AutoCloseStream = false,
            ContentType = "application/octet-stream",
            UseChunkEncoding = false,
        }, ct);
    }

    public async Task CopyToAsync(StoredFile file, Stream destination, long offset, long length, CancellationToken ct)
    {
        if (length <= 0)
            return;
        var request = new GetObjectRequest { BucketName = options.Bucket, Key = file.ObjectKey };
        if (offset > 0 || length < file.Size)
            request.ByteRange = new ByteRange(offset, offset + length - 1);
        using var response = await client.GetObjectAsync(request, ct);
        await response.ResponseStream.CopyToAsync(destination, 81920, ct);
    }

    public async Task DeleteObjectAsync(string objectKey, CancellationToken ct) =>
        await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = options.Bucket, Key = objectKey }, ct);
}

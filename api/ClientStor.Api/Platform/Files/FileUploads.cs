using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ClientStor.Api.Platform.Uploads;

namespace ClientStor.Api.Platform.Files;

/// <summary>An upload spooled to a temporary file (deleted when disposed): its bytes, length and SHA-256.</summary>
public sealed class SpooledUpload(FileStream content, string sha256) : IAsyncDisposable
{
    public FileStream Content { get; } = content;
    public long Length => Content.Length;
    public string Sha256 { get; } = sha256;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Takes an upload from the request body to storage without holding it in memory: spooled to a temporary file while
/// hashed, inspected by the <see cref="UploadGuard"/> (type, archives, virus scan, size and the organisation's quota),
/// then written by the configured <see cref="IFileStore"/> inside the caller's transaction.
/// </summary>
public sealed class FileUploads(ClientStorDbContext db, UploadGuard guard, IFileStore store, IOptions<FileStorageOptions> options,
    IOptions<UploadOptions> uploadOptions)
{
    public long MaxFileBytes => uploadOptions.Value.MaxFileBytes;

    /// <summary>
    /// Reads the request body into a temporary file. Null (with the refusal to answer) when it is larger than the file
    /// limit: a declared Content-Length over it is refused before a byte is read.
    /// </summary>
    public async Task<(SpooledUpload? Upload, UploadVerdict? Refusal)> SpoolAsync(HttpContext http, CancellationToken ct)
    {
        var max = MaxFileBytes;
        if (http.Request.ContentLength is { } declared && declared > max)
            return (null, TooLarge(declared, max));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + 1;
        var directory = options.Value.SpoolDirectory ?? Path.GetTempPath();
        var file = new FileStream(Path.Combine(directory, "clientstor-upload-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, ct)) > 0)
            {
                if (file.Length + read > max)
                {
                    await file.DisposeAsync();
                    return (null, TooLarge(file.Length + read, max, atLeast: true));
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            file.Position = 0;
            return (new SpooledUpload(file, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static UploadVerdict TooLarge(long size, long max, bool atLeast = false) =>
        new(UploadRefusals.TooLarge, $"The file is {(atLeast ? "over " : "")}{size:N0} bytes; the limit is {max:N0}.", null);

    /// <summary>What the organisation's files take up now.</summary>
    public Task<long> OrgBytesUsedAsync(Guid orgId, CancellationToken ct) =>
        db.Set<StoredFile>().Where(f => f.OrgId == orgId).SumAsync(f => f.Size, ct);

    /// <summary>The upload guard's verdict on the spooled bytes.</summary>
    public async Task<UploadVerdict> InspectAsync(SpooledUpload upload, Guid orgId, string fileName, string? claimedType, CancellationToken ct)
    {
        var verdict = await guard.InspectAsync(upload.Content, fileName, claimedType, await OrgBytesUsedAsync(orgId, ct), ct);
        upload.Content.Position = 0;
        return verdict;
    }

    /// <summary>
    /// Spools the request body and has the upload guard inspect it: the upload (the caller disposes it) with the guard's
    /// verdict, or no upload and the refusal to answer with.
    /// </summary>
    public async Task<(SpooledUpload? Upload, UploadVerdict Verdict)> ReceiveAsync(HttpContext http, Guid orgId, string fileName, CancellationToken ct)
    {
        var (upload, tooLarge) = await SpoolAsync(http, ct);
        if (upload is null)
            return (null, tooLarge!);
        var verdict = await InspectAsync(upload, orgId, fileName, http.Request.ContentType, ct);
        if (verdict.Accepted)
            return (upload, verdict);
        await upload.DisposeAsync();
        return (null, verdict);
    }

    /// <summary>
    /// Writes the bytes and adds their <see cref="StoredFile"/> row, inside the caller's transaction; null when the
    /// organisation's quota does not hold them (the caller rolls back). The quota is checked after the bytes are written,
    /// under a transaction-scoped advisory lock of the organisation held until commit, so two uploads at once cannot both
    /// fit the last of it while neither waits for the other's transfer.
    /// </summary>
    public async Task<StoredFile?> StoreAsync(Stream content, string sha256, Guid orgId, string contentType, CancellationToken ct)
    {
        var file = new StoredFile
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, Size = content.Length, Sha256 = sha256, ContentType = contentType,
            Store = store.Name, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(file);
        await db.SaveChangesAsync(ct); // the row first: the chunks refer to it
        await store.WriteAsync(file, content, ct);
        if (file.ObjectKey is not null)
            await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('stored_files:' || {orgId.ToString()}, 0))", ct);
        return await OrgBytesUsedAsync(orgId, ct) > uploadOptions.Value.OrgQuotaBytes ? null : file;
    }

    /// <summary>After a failed transaction: an object already written to the S3 store is removed (database chunks rolled back with it).</summary>
    public async Task ForgetAsync(StoredFile? file)
    {
        if (file?.ObjectKey is { } key)
            await store.DeleteObjectAsync(key, CancellationToken.None);
    }
}

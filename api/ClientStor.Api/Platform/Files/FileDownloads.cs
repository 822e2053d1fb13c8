using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace ClientStor.Api.Platform.Files;

/// <summary>
/// Answers a stored file as a download: <c>Content-Disposition: attachment</c> (or inline for thumbnails), the type the
/// bytes showed, <c>nosniff</c> and a sandboxing CSP so that an uploaded HTML or SVG file opened from the API can never
/// run script in the API's origin; one byte range (<c>Range: bytes=…</c>) for resumed downloads.
/// </summary>
public sealed partial class FileDownloads(IFileStore store, IServiceProvider services)
{
    /// <summary>Nothing may load, run or submit anything from a served file; it is its own unique origin.</summary>
    public const string SandboxPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";

    /// <summary>Sends the file; <paramref name="inline"/> for a picture a page shows (an <c>&lt;img&gt;</c> source), under the same policy.</summary>
    public async Task SendAsync(HttpContext http, StoredFile file, string fileName, CancellationToken ct, bool inline = false)
    {
        var response = http.Response;
        var headers = response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment") { FileNameStar = fileName, FileName = AsciiName(fileName) }.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = SandboxPolicy;
        headers.CacheControl = "private, no-store";
        headers.AcceptRanges = "bytes";
        headers.ETag = $"\"{file.Sha256}\"";
        response.ContentType = file.ContentType.StartsWith("text/", StringComparison.Ordinal) ? file.ContentType + "; charset=utf-8" : file.ContentType;

        long offset = 0, length = file.Size;
        if (http.Request.Headers.Range is { Count: > 0 } range && IfRangeHolds(http, file))
        {
            if (ParseRange(range.ToString(), file.Size) is not { } asked)
            {
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                headers.ContentRange = $"bytes */{file.Size}";
                response.ContentLength = 0;
                await response.StartAsync(ct); // answered: the endpoint adds nothing
                return;
            }
            (offset, length) = asked;
            response.StatusCode = StatusCodes.Status206PartialContent;
            headers.ContentRange = $"bytes {offset}-{offset + length - 1}/{file.Size}";
        }
        response.ContentLength = length;
        await response.StartAsync(ct);
        if (HttpMethods.IsHead(http.Request.Method))
            return;
        await StoreOf(file).CopyToAsync(file, response.Body, offset, length, ct);
    }

    /// <summary>A file is read from the store that wrote it (a deployment moved to S3 still serves its older database files).</summary>
    private IFileStore StoreOf(StoredFile file) => file.Store == store.Name ? store
        : file.Store == FileStores.Database ? ActivatorUtilities.CreateInstance<DatabaseFileStore>(services)
        : throw new InvalidOperationException($"The file {file.Id} is kept in the '{file.Store}' store, which this deployment has not configured.");

    /// <summary><c>If-Range</c> with another etag asks for the whole file.</summary>
    private static bool IfRangeHolds(HttpContext http, StoredFile file) =>
        http.Request.Headers.IfRange is not { Count: > 0 } ifRange || ifRange.ToString() == $"\"{file.Sha256}\"";

    /// <summary>One range (<c>a-b</c>, <c>a-</c>, <c>-n</c>) clipped to the file; null when unsatisfiable. Several ranges: the first.</summary>
    internal static (long Offset, long Length)? ParseRange(string header, long size)
    {
        var m = RangePattern().Match(header);
        if (!m.Success || size == 0)
            return null;
        if (m.Groups[1].Value.Length == 0)
        {
            if (!long.TryParse(m.Groups[2].Value, out var suffix) || suffix == 0)
                return null;
            suffix = Math.Min(suffix, size);
            return (size - suffix, suffix);
        }
        if (!long.TryParse(m.Groups[1].Value, out var start) || start >= size)
            return null;
        var end = m.Groups[2].Value.Length == 0 || !long.TryParse(m.Groups[2].Value, out var e) ? size - 1 : Math.Min(e, size - 1);
        return end < start ? null : (start, end - start + 1);
    }

    [GeneratedRegex(@"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*(,.*)?$")]
    private static partial Regex RangePattern();

    /// <summary>The name for clients that do not read <c>filename*</c>: ASCII letters, digits and a few safe marks.</summary>
    private static string AsciiName(string name)
    {
        var chars = name.Select(c => c < 128 && (char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')') ? c : '_').ToArray();
        return new string(chars);
    }
}

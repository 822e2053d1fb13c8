using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Uploads;

/// <summary>The <c>ClientStor:Uploads</c> section: what file uploads (attachments and later modules) may contain.</summary>
public sealed class UploadOptions
{
    /// <summary>The largest file accepted (256 MB): uploads stream to a temporary file, never into memory.</summary>
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;
    /// <summary>Total stored upload bytes per organisation.</summary>
    public long OrgQuotaBytes { get; set; } = 5L * 1024 * 1024 * 1024;
    /// <summary>Extensions accepted (lower case, with the dot). Each maps to the content its bytes must show.</summary>
    public List<string> AllowedExtensions { get; set; } =
    [
        ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".txt", ".md", ".csv", ".log", ".json", ".xml", ".conf", ".cfg",
        ".zip", ".docx", ".xlsx", ".pptx", ".vsdx", ".svg", ".html", ".htm", ".drawio", ".yaml", ".yml", ".ini", ".pem", ".crt",
        ".key", ".pub", ".ovpn", ".rtf",
    ];
    public int MaxArchiveEntries { get; set; } = 10_000;
    public long MaxArchiveUncompressedBytes { get; set; } = 1024L * 1024 * 1024;
    /// <summary>An entry expanding more than this many times its compressed size is treated as a zip bomb.</summary>
    public int MaxCompressionRatio { get; set; } = 100;
    public int MaxArchiveDepth { get; set; } = 2;
    public ClamAvOptions ClamAv { get; set; } = new();
}

public sealed class ClamAvOptions
{
    /// <summary>clamd's host; unset: no virus scanning. Set: every upload is scanned and refused when clamd cannot answer.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 3310;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public static class UploadRefusals
{
    public const string ExtensionNotAllowed = "extension-not-allowed";
    public const string TooLarge = "too-large";
    public const string QuotaExceeded = "quota-exceeded";
    public const string TypeMismatch = "type-mismatch";
    public const string Executable = "executable";
    public const string UnsafeArchive = "unsafe-archive";
    public const string Infected = "infected";
    public const string ScannerUnavailable = "scanner-unavailable";
}

/// <param name="Refusal">Null when accepted, else one of <see cref="UploadRefusals"/>.</param>
/// <param name="DetectedType">The MIME type the bytes show, never the client's claim (<c>text/plain</c> for every text format).</param>
/// <param name="ContentType">What to store and serve the file as: the detected type, named more exactly from the file's
/// extension where the bytes agree (a text file named .csv is <c>text/csv</c>, an Office file is its Office type).</param>
public sealed record UploadVerdict(string? Refusal, string Message, string? DetectedType, string? ContentType = null)
{
    public bool IsText => DetectedType == "text/plain";

    public bool Accepted => Refusal is null;

    /// <summary>The problem to answer with: 413 size/quota, 503 scanner down, 422 for everything about the content.</summary>
    public IResult ToProblem() => Problems.Result(Problems.Build(Refusal switch
    {
        UploadRefusals.TooLarge or UploadRefusals.QuotaExceeded => 413,
        UploadRefusals.ScannerUnavailable => 503,
        _ => 422,
    }, "upload-" + Refusal, "Upload refused.", Message));
}

/// <summary>
/// Checks an uploaded file before anything stores it: the extension is allowed, the size fits the file limit and the
/// organisation's quota, the bytes are what the extension (and the claimed Content-Type) say, no executable hides in
/// it or in an archive (entries, nesting, zip slip, zip bombs, encryption), and — when configured — clamd finds no
/// virus. Fails closed: anything it cannot inspect is refused.
/// </summary>
public sealed class UploadGuard(IOptions<UploadOptions> options, ClamAvClient clamAv)
{
    private static readonly HashSet<string> ExecutableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".com", ".bat", ".cmd", ".scr", ".pif", ".cpl", ".msi", ".msp", ".msc", ".ps1", ".psm1", ".vbs", ".vbe",
        ".js", ".jse", ".wsf", ".wsh", ".hta", ".jar", ".lnk", ".sh", ".bash", ".app", ".apk", ".deb", ".rpm", ".elf", ".so",
        ".dylib", ".reg", ".iso", ".img",
    };

    /// <summary>The text formats accepted, each with the type it is served as (plain text unless browsers know it better).</summary>
    private static readonly Dictionary<string, string> TextTypes = new(StringComparer.Ordinal)
    {
        [".txt"] = "text/plain", [".md"] = "text/markdown", [".csv"] = "text/csv", [".log"] = "text/plain", [".json"] = "application/json",
        [".xml"] = "application/xml", [".conf"] = "text/plain", [".cfg"] = "text/plain", [".svg"] = "image/svg+xml", [".html"] = "text/html",
        [".htm"] = "text/html", [".drawio"] = "application/xml", [".yaml"] = "text/plain", [".yml"] = "text/plain", [".ini"] = "text/plain",
        [".pem"] = "text/plain", [".crt"] = "text/plain", [".key"] = "text/plain", [".pub"] = "text/plain", [".ovpn"] = "text/plain",
        [".rtf"] = "text/plain",
    };
    private static readonly string[] OfficeExtensions = [".docx", ".xlsx", ".pptx", ".vsdx"];

    public async Task<UploadVerdict> InspectAsync(Stream content, string fileName, string? claimedType, long orgBytesUsed, CancellationToken ct)
    {
        var o = options.Value;
        if (!content.CanSeek)
            throw new ArgumentException("Buffer the upload (a seekable stream) before inspecting it.", nameof(content));
        var name = Path.GetFileName(fileName ?? "");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (name.Length == 0 || name.Length > 255 || name.Any(char.IsControl) || !o.AllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return Refuse(UploadRefusals.ExtensionNotAllowed, $"Files named '{Clip(name)}' are not accepted. Allowed: {string.Join(", ", o.AllowedExtensions)}.");
        if (content.Length > o.MaxFileBytes)
            return Refuse(UploadRefusals.TooLarge, $"The file is {content.Length:N0} bytes; the limit is {o.MaxFileBytes:N0}.");
        if (orgBytesUsed + content.Length > o.OrgQuotaBytes)
            return Refuse(UploadRefusals.QuotaExceeded, $"The organisation's upload quota ({o.OrgQuotaBytes:N0} bytes) would be exceeded ({orgBytesUsed:N0} used).");

        content.Position = 0;
        var head = new byte[8192];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        head = head[..read];
        if (ExecutableMagic(head) is { } kind)
            return Refuse(UploadRefusals.Executable, $"The file is an executable ({kind}), whatever its name says.");
        var detected = Sniff(head);
        var expected = ExpectedType(extension);
        if (detected != expected)
            return Refuse(UploadRefusals.TypeMismatch, $"A '{extension}' file must contain {expected}; this one contains {detected ?? "unrecognised binary data"}.");
        if (!ClaimMatches(claimedType, detected))
            return Refuse(UploadRefusals.TypeMismatch, $"The upload claims to be '{claimedType}' but contains {detected}.");
        if (detected == "application/zip")
        {
            content.Position = 0;
            if (InspectArchive(content, 0, o) is { } unsafeReason)
                return Refuse(UploadRefusals.UnsafeArchive, unsafeReason);
        }
        if (clamAv.Enabled)
        {
            content.Position = 0;
            var scan = await clamAv.ScanAsync(content, ct);
            if (scan.Infected)
                return Refuse(UploadRefusals.Infected, $"The virus scanner found {scan.Signature}.");
            if (!scan.Clean)
                return Refuse(UploadRefusals.ScannerUnavailable, $"The virus scanner could not check the file ({scan.Error}); uploads are refused until it can.");
        }
        content.Position = 0;
        return Accept(name, detected!);
    }

    /// <summary>
    /// The verdict for bytes known to be <paramref name="detected"/> under the name <paramref name="fileName"/>: the
    /// inspection's last step, and how the demo seed's own known-good files are stored (never for a client's bytes).
    /// </summary>
    public static UploadVerdict Accept(string fileName, string detected)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var served = OfficeExtensions.Contains(extension) ? OfficeType(extension)
            : detected == "text/plain" ? TextTypes.GetValueOrDefault(extension, "text/plain")
            : detected;
        return new UploadVerdict(null, "Accepted.", detected, served);
    }

    private static UploadVerdict Refuse(string refusal, string message) => new(refusal, message, null);

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";

    /// <summary>Null, or the executable format the bytes start with (Windows PE, ELF, Mach-O, scripts with a #! line).</summary>
    internal static string? ExecutableMagic(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 2 && b[0] == 'M' && b[1] == 'Z') return "Windows PE";
        if (b.Length >= 4 && b[0] == 0x7F && b[1] == 'E' && b[2] == 'L' && b[3] == 'F') return "ELF";
        if (b.Length >= 4)
        {
            var word = (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
            if (word is 0xFEEDFACE or 0xFEEDFACF or 0xCEFAEDFE or 0xCFFAEDFE or 0xCAFEBABE) return "Mach-O";
        }
        if (b.Length >= 2 && b[0] == '#' && b[1] == '!') return "script";
        return null;
    }

    /// <summary>The MIME type the leading bytes show, or null for unrecognised binary data.</summary>
    internal static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)) return "image/gif";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8)) return "application/zip";
        return IsText(b) ? "text/plain" : null;
    }

    /// <summary>UTF-8 (a character cut at the end of the sample is fine) without NUL or other binary control bytes.</summary>
    private static bool IsText(ReadOnlySpan<byte> b)
    {
        foreach (var c in b)
            if (c < 0x09 || c is > 0x0D and < 0x20 and not 0x1B)
                return false;
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        try
        {
            decoder.GetCharCount(b, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string ExpectedType(string extension) => extension switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".zip" => "application/zip",
        _ when OfficeExtensions.Contains(extension) => "application/zip",
        _ when TextTypes.ContainsKey(extension) => "text/plain",
        _ => "application/octet-stream",
    };

    private static string OfficeType(string extension) => extension switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => "application/vnd.ms-visio.drawing",
    };

    /// <summary>A claimed Content-Type must agree with the bytes; octet-stream (no claim) is fine.</summary>
    private static bool ClaimMatches(string? claimed, string? detected)
    {
        var type = claimed?.Split(';')[0].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type) || type == "application/octet-stream" || type == detected)
            return true;
        return detected switch
        {
            "text/plain" => type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "image/svg+xml"
                or "application/yaml" or "application/x-yaml" or "application/rtf" or "application/x-pem-file" or "application/x-x509-ca-cert"
                or "application/pkix-cert" or "application/x-openvpn-profile",
            "application/zip" => type is "application/x-zip-compressed" || type.StartsWith("application/vnd.openxmlformats-officedocument.", StringComparison.Ordinal)
                || type == "application/vnd.ms-visio.drawing",
            "image/jpeg" => type == "image/jpg",
            _ => false,
        };
    }

    /// <summary>Null when the archive is safe to keep, else why not.</summary>
    private static string? InspectArchive(Stream stream, int depth, UploadOptions o)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > o.MaxArchiveEntries)
                return $"The archive has {zip.Entries.Count:N0} entries (at most {o.MaxArchiveEntries:N0}).";
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var path = entry.FullName.Replace('\\', '/');
                if (path.StartsWith('/') || path.Split('/').Contains("..") || (path.Length > 1 && path[1] == ':'))
                    return $"The archive entry '{Clip(path)}' points outside the archive.";
                if (entry.IsEncrypted)
                    return $"The archive entry '{Clip(path)}' is encrypted and cannot be inspected.";
                if (ExecutableExtensions.Contains(Path.GetExtension(path)))
                    return $"The archive contains a program ('{Clip(path)}').";
                total += entry.Length;
                if (total > o.MaxArchiveUncompressedBytes)
                    return $"The archive expands to more than {o.MaxArchiveUncompressedBytes:N0} bytes.";
                if (entry.Length > 1024 * 1024 && entry.Length > (long)o.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                    return $"The archive entry '{Clip(path)}' expands {entry.Length / Math.Max(1, entry.CompressedLength):N0} times (a zip bomb?).";
                if (entry.Length == 0)
                    continue;
                using var entryStream = entry.Open();
                var head = new byte[8];
                var read = entryStream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (ExecutableMagic(head.AsSpan(0, read)) is { } kind)
                    return $"The archive entry '{Clip(path)}' is an executable ({kind}).";
                if (Sniff(head.AsSpan(0, read)) == "application/zip")
                {
                    if (depth + 1 >= o.MaxArchiveDepth)
                        return $"The archive nests archives deeper than {o.MaxArchiveDepth} levels.";
                    if (entry.Length > o.MaxArchiveUncompressedBytes)
                        return $"The nested archive '{Clip(path)}' is too large to inspect.";
                    using var nested = new MemoryStream();
                    using (var again = entry.Open())
                        again.CopyTo(nested);
                    nested.Position = 0;
                    if (InspectArchive(nested, depth + 1, o) is { } reason)
                        return reason;
                }
            }
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"The archive is damaged or uses an unsupported format ({e.Message}).";
        }
    }
}

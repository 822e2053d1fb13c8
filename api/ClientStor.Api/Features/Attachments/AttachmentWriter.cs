using System.Text;
using ClientStor.Api.Platform.Files;
using ClientStor.Api.Platform.Uploads;

namespace ClientStor.Api.Features.Attachments;

/// <summary>Who attached a file: a person (their id) or an API key, named as they were then.</summary>
public sealed record Uploader(Guid? Id, string Name);

/// <summary>
/// The one way a file becomes an attachment (the upload endpoint, the demo seed): the row with its thumbnail and
/// searchable text, the bytes in the file store and the <c>attachment.created</c> audit row, in one transaction (the
/// caller's, or one of its own). The bytes must already be checked (the endpoint runs the upload guard first).
/// </summary>
public sealed class AttachmentWriter(ClientStorDbContext db, FileUploads uploads, AuditedChanges changes)
{
    /// <summary>The new attachment, or null when the organisation's quota cannot hold it (nothing is written).</summary>
    public async Task<Attachment?> AddAsync(AttachmentParent parent, Guid orgId, Guid parentId, string fileName, Stream content, string sha256,
        UploadVerdict verdict, Uploader uploader, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var attachment = new Attachment
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, FileName = fileName, ContentType = verdict.ContentType ?? verdict.DetectedType!, Size = content.Length,
            Sha256 = sha256, UploadedById = uploader.Id, UploadedByName = uploader.Name, CreatedAt = now, UpdatedAt = now,
        };
        parent.Assign(attachment, parentId);
        if (Thumbnails.Types.Contains(verdict.DetectedType!) && SafeThumbnail(content) is { } thumbnail)
            (attachment.Thumbnail, attachment.Width, attachment.Height, attachment.HasThumbnail) = (thumbnail.Webp, thumbnail.Width, thumbnail.Height, true);
        if (verdict.IsText)
            attachment.TextContent = await IndexedTextAsync(content, ct);

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        StoredFile? file = null;
        try
        {
            file = await uploads.StoreAsync(content, sha256, orgId, attachment.ContentType, ct);
            if (file is null)
            {
                if (own is not null)
                    await own.RollbackAsync(ct);
                return null;
            }
            attachment.FileId = file.Id;
            await changes.CreatedAsync(attachment, ct, details: new { parentType = parent.Type, parentId });
            if (own is not null)
                await own.CommitAsync(ct);
            return attachment;
        }
        catch
        {
            await uploads.ForgetAsync(file);
            throw;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>A picture Skia cannot read gets no thumbnail; the file itself stands.</summary>
    private static (byte[] Webp, int Width, int Height)? SafeThumbnail(Stream content)
    {
        try
        {
            return Thumbnails.Create(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The start of a text file as search indexes it (invalid bytes replaced, NULs dropped: PostgreSQL text holds none).</summary>
    private static async Task<string> IndexedTextAsync(Stream content, CancellationToken ct)
    {
        content.Position = 0;
        var buffer = new byte[AttachmentRules.MaxIndexedText];
        var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        content.Position = 0;
        var text = new UTF8Encoding(false, false).GetString(buffer, 0, read).Replace("\0", "", StringComparison.Ordinal);
        return text.Length > AttachmentRules.MaxIndexedText ? text[..AttachmentRules.MaxIndexedText] : text;
    }
}

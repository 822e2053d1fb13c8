using System.Text;
using ClientStor.Api.Platform.Files;
using ClientStor.Api.Platform.Uploads;

namespace ClientStor.Api.Features.Attachments;

public sealed class UploadAttachmentRequest
{
    /// <summary>The file's name with its extension (what the download will be called; the extension must be an allowed one).</summary>
    [QueryParam] public string? FileName { get; set; }
}

internal sealed class UploadAttachmentValidator : Validator<UploadAttachmentRequest>
{
    public UploadAttachmentValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().WithMessage("fileName is required (the file's name with its extension).")
            .MaximumLength(255).WithMessage("fileName must be at most 255 characters.")
            .Must(n => n is null || (Path.GetFileName(n) == n && !n.Any(char.IsControl))).WithMessage("fileName must be a name, not a path.");
    }
}

/// <summary>
/// Attaches a file: send its bytes as the request body (streamed: files up to the upload limit, 256 MB by default) with
/// the name in <c>fileName</c>. The upload guard checks it first — allowed extension, bytes matching it, no executable,
/// safe archives, the virus scanner when configured, the file limit and the organisation's quota — and refuses with 413
/// (size, quota), 422 (content) or 503 (scanner unavailable). Images get a thumbnail.
/// </summary>
public abstract class UploadAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AuditedChanges changes, CurrentActor actor, CurrentOrg org,
    AttachmentParent parent) : Endpoint<UploadAttachmentRequest, AttachmentResponse>
{
    public override void Configure()
    {
        Post(parent.Route + "/attachments");
        Group<AttachmentsGroup>();
        this.RequireOrgPermission(parent.Write);
        Summary(s => s.Summary = $"Attach a file to an {parent.Display}");
        // No Accepts(...) metadata: routing would answer 415 before authorization; any type is taken and the bytes checked.
        Description(b => b.Produces<AttachmentResponse>(201).WithMetadata(FileUploadBody.Instance, new ProblemResponses(413, 422)));
    }

    public override async Task HandleAsync(UploadAttachmentRequest req, CancellationToken ct)
    {
        var parentId = Route<Guid>(parent.RouteParam);
        await parent.FindAsync(db, org.Id, parentId, ct);
        var (upload, tooLarge) = await uploads.SpoolAsync(HttpContext, ct);
        if (upload is null)
        {
            await Send.ResultAsync(tooLarge!.ToProblem());
            return;
        }
        await using (upload)
        {
            var verdict = await uploads.InspectAsync(upload, org.Id, req.FileName!, HttpContext.Request.ContentType, ct);
            if (!verdict.Accepted)
            {
                await Send.ResultAsync(verdict.ToProblem());
                return;
            }
            var detected = verdict.DetectedType!;
            var contentType = ServedType(req.FileName!, detected);
            var attachment = new Attachment
            {
                Id = Guid.CreateVersion7(), OrgId = org.Id, FileName = req.FileName!, ContentType = contentType, Size = upload.Length,
                Sha256 = upload.Sha256, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            parent.Assign(attachment, parentId);
            (attachment.UploadedById, attachment.UploadedByName) = await UploaderAsync(ct);
            if (Thumbnails.Types.Contains(detected) && SafeThumbnail(upload.Content) is { } thumbnail)
                (attachment.Thumbnail, attachment.Width, attachment.Height, attachment.HasThumbnail) = (thumbnail.Webp, thumbnail.Width, thumbnail.Height, true);
            if (detected == "text/plain")
                attachment.TextContent = await IndexedTextAsync(upload.Content, ct);

            StoredFile? file = null;
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                file = await uploads.StoreAsync(upload, org.Id, contentType, ct);
                if (file is null)
                {
                    await tx.RollbackAsync(ct);
                    await Send.ResultAsync(new UploadVerdict(UploadRefusals.QuotaExceeded,
                        "The organisation's upload quota would be exceeded by this file.", null).ToProblem());
                    return;
                }
                attachment.FileId = file.Id;
                await changes.CreatedAsync(attachment, ct, details: new { parentType = parent.Type, parentId });
                await tx.CommitAsync(ct);
            }
            catch
            {
                await uploads.ForgetAsync(file);
                throw;
            }
            var response = attachment.ToResponse();
            await Send.CreatedAsync(attachment.Id, response, ct);
        }
    }

    private async Task<(Guid?, string)> UploaderAsync(CancellationToken ct)
    {
        if (await actor.UserAsync(ct) is { } user)
            return (user.Id, user.DisplayName);
        if (await actor.KeyAsync(ct) is { } key)
            return (null, "API key " + key.Name);
        return (null, "");
    }

    /// <summary>A picture Skia cannot read gets no thumbnail; the upload itself stands.</summary>
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

    /// <summary>The type a download is served as: the checked type, named more exactly for text formats browsers know.</summary>
    internal static string ServedType(string fileName, string detected) => detected != "text/plain" ? detected : Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => "text/csv",
        ".json" => "application/json",
        ".xml" or ".drawio" => "application/xml",
        ".svg" => "image/svg+xml",
        ".html" or ".htm" => "text/html",
        ".md" => "text/markdown",
        _ => "text/plain",
    };
}

public sealed class UploadArticleAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AuditedChanges changes, CurrentActor actor, CurrentOrg org)
    : UploadAttachmentEndpoint(db, uploads, changes, actor, org, AttachmentParent.Article);

public sealed class UploadAssetAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AuditedChanges changes, CurrentActor actor, CurrentOrg org)
    : UploadAttachmentEndpoint(db, uploads, changes, actor, org, AttachmentParent.Asset);

public sealed class UploadCredentialAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AuditedChanges changes, CurrentActor actor, CurrentOrg org)
    : UploadAttachmentEndpoint(db, uploads, changes, actor, org, AttachmentParent.Credential);

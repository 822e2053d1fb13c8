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
public abstract class UploadAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AttachmentWriter writer, CurrentActor actor, CurrentOrg org,
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
        var (upload, verdict) = await uploads.ReceiveAsync(HttpContext, org.Id, req.FileName!, ct);
        if (upload is null)
        {
            await Send.ResultAsync(verdict.ToProblem());
            return;
        }
        await using (upload)
        {
            var attachment = await writer.AddAsync(parent, org.Id, parentId, req.FileName!, upload.Content, upload.Sha256, verdict,
                await UploaderAsync(ct), ct);
            if (attachment is null)
            {
                await Send.ResultAsync(new UploadVerdict(UploadRefusals.QuotaExceeded, "The organisation's upload quota would be exceeded by this file.", null).ToProblem());
                return;
            }
            await Send.CreatedAsync(attachment.Id, attachment.ToResponse(), ct);
        }
    }

    private async Task<Uploader> UploaderAsync(CancellationToken ct)
    {
        if (await actor.UserAsync(ct) is { } user)
            return new Uploader(user.Id, user.DisplayName);
        if (await actor.KeyAsync(ct) is { } key)
            return new Uploader(null, "API key " + key.Name);
        return new Uploader(null, "");
    }
}

public sealed class UploadArticleAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AttachmentWriter writer, CurrentActor actor, CurrentOrg org)
    : UploadAttachmentEndpoint(db, uploads, writer, actor, org, AttachmentParent.Article);

public sealed class UploadAssetAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AttachmentWriter writer, CurrentActor actor, CurrentOrg org)
    : UploadAttachmentEndpoint(db, uploads, writer, actor, org, AttachmentParent.Asset);

public sealed class UploadCredentialAttachmentEndpoint(ClientStorDbContext db, FileUploads uploads, AttachmentWriter writer, CurrentActor actor, CurrentOrg org)
    : UploadAttachmentEndpoint(db, uploads, writer, actor, org, AttachmentParent.Credential);

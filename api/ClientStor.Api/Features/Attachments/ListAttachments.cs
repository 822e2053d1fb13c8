namespace ClientStor.Api.Features.Attachments;

public sealed class ListAttachmentsRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>-createdAt</c> (newest first, the default), <c>createdAt</c>, <c>fileName</c>, <c>-fileName</c>, <c>size</c>, <c>-size</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListAttachmentsValidator : Validator<ListAttachmentsRequest>
{
    public static readonly SortCatalog<Attachment> Sorts = new("-createdAt",
        new SortKey<Attachment, DateTimeOffset>("createdAt", a => a.CreatedAt, a => a.Id),
        new SortKey<Attachment, string>("fileName", a => a.FileName, a => a.Id),
        new SortKey<Attachment, long>("size", a => a.Size, a => a.Id));

    public ListAttachmentsValidator() => Sorts.AddListRules(this);
}

/// <summary>The files attached to one article, asset or credential (names, types, sizes; the bytes are downloaded one by one).</summary>
public abstract class ListAttachmentsEndpoint(ClientStorDbContext db, CurrentOrg org, AttachmentParent parent)
    : Endpoint<ListAttachmentsRequest, Page<AttachmentResponse>>
{
    public override void Configure()
    {
        Get(parent.Route + "/attachments");
        Group<AttachmentsGroup>();
        this.RequireOrgPermission(parent.Read);
        Summary(s => s.Summary = $"List the files attached to an {parent.Display}");
    }

    public override async Task HandleAsync(ListAttachmentsRequest req, CancellationToken ct)
    {
        var parentId = Route<Guid>(parent.RouteParam);
        await parent.FindAsync(db, org.Id, parentId, ct);
        var query = parent.Of(db.Attachments.AsNoTracking(), org.Id, parentId).WithoutContent();
        await Send.OkAsync(await ListAttachmentsValidator.Sorts.PageAsync(query, req, AttachmentsMapper.ToResponse, ct), ct);
    }
}

public sealed class ListArticleAttachmentsEndpoint(ClientStorDbContext db, CurrentOrg org) : ListAttachmentsEndpoint(db, org, AttachmentParent.Article);

public sealed class ListAssetAttachmentsEndpoint(ClientStorDbContext db, CurrentOrg org) : ListAttachmentsEndpoint(db, org, AttachmentParent.Asset);

public sealed class ListCredentialAttachmentsEndpoint(ClientStorDbContext db, CurrentOrg org) : ListAttachmentsEndpoint(db, org, AttachmentParent.Credential);

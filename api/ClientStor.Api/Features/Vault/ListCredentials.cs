
namespace ClientStor.Api.Features.Vault;

/// <summary>The credential list: a page of it, and filters that each narrow it further.</summary>
public sealed class ListCredentialsRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default), <c>updatedAt</c> or <c>createdAt</c>; <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches name, username or URL.</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary>Only the credentials directly in this folder.</summary>
    [QueryParam] public Guid? FolderId { get; set; }
    /// <summary>Only the credentials with this tag.</summary>
    [QueryParam] public string? Tag { get; set; }
    /// <summary>Only the credentials linked to this asset.</summary>
    [QueryParam] public Guid? AssetId { get; set; }
    /// <summary>Only the pinned credentials (true) or only the others (false).</summary>
    [QueryParam] public bool? Pinned { get; set; }
    /// <summary>Only credentials changed at or after this time (incremental pulls).</summary>
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

internal sealed class ListCredentialsValidator : Validator<ListCredentialsRequest>
{
    public static readonly SortCatalog<Credential> Sorts = new("name",
        new SortKey<Credential, string>("name", c => c.Name, c => c.Id),
        new SortKey<Credential, DateTimeOffset>("updatedAt", c => c.UpdatedAt, c => c.Id),
        new SortKey<Credential, DateTimeOffset>("createdAt", c => c.CreatedAt, c => c.Id));

    public ListCredentialsValidator()
    {
        Sorts.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Tag).MaximumLength(50);
    }
}

/// <summary>The organisation's credentials (metadata only). Every read is audited.</summary>
public sealed class ListCredentialsEndpoint(ClientStorDbContext db, AuditLog audit, CurrentOrg org) : Endpoint<ListCredentialsRequest, Page<CredentialResponse>>
{
    public override void Configure()
    {
        Get("vault/credentials");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.read");
        Summary(s => s.Summary = "List credentials (metadata, never secrets)");
    }

    public override async Task HandleAsync(ListCredentialsRequest req, CancellationToken ct)
    {
        var query = db.Credentials.AsNoTracking().Include(c => c.Secrets).Include(c => c.AssetLinks).AsSingleQuery().Where(c => c.OrgId == org.Id);
        if (req.FolderId is { } folder) query = query.Where(c => c.FolderId == folder);
        if (!string.IsNullOrWhiteSpace(req.Tag)) query = query.Where(c => c.Tags.Contains(req.Tag.Trim()));
        if (req.AssetId is { } asset) query = query.Where(c => c.AssetLinks.Any(l => l.AssetId == asset));
        if (req.Pinned is { } pinned) query = query.Where(c => c.Pinned == pinned);
        if (req.UpdatedSince is { } since) query = query.Where(c => c.UpdatedAt >= since.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(c => EF.Functions.ILike(c.Name, p, "\\") || EF.Functions.ILike(c.Username!, p, "\\") || EF.Functions.ILike(c.Url!, p, "\\"));
        }
        var page = await ListCredentialsValidator.Sorts.PageAsync(query, req, VaultMapper.ToResponse, ct);
        // Reading the vault's contents is vault access: recorded like a reveal, with what was asked for.
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.listed")
        {
            OrgId = org.Id, TargetType = "credential",
            Details = new { count = page.Items.Count, req.Q, req.FolderId, req.Tag, req.AssetId, req.UpdatedSince, req.Sort, cursor = req.Cursor is not null },
        }, ct);
        await Send.OkAsync(page, ct);
    }
}

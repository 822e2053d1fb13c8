namespace ClientStor.Api.Features.Attachments;

/// <summary>
/// What attachments hang on, and the permissions that govern them there: listing needs the parent's read permission,
/// uploading and deleting its write permission, downloading its read permission — except a credential's files, which are
/// secret material: they download with <c>vault.reveal</c> after a fresh re-authentication, like the credential's secrets.
/// </summary>
public sealed record AttachmentParent(string Type, string Route, string RouteParam, string Read, string Write, string Download, string Display)
{
    public static readonly AttachmentParent Article = new("article", "docs/articles/{articleId}", "articleId", "docs.read", "docs.write", "docs.read", "article");
    public static readonly AttachmentParent Asset = new("asset", "assets/{assetId}", "assetId", "assets.read", "assets.write", "assets.read", "asset");
    public static readonly AttachmentParent Credential = new("credential", "vault/credentials/{credentialId}", "credentialId", "vault.read", "vault.write", "vault.reveal", "credential");

    public static readonly IReadOnlyList<AttachmentParent> All = [Article, Asset, Credential];

    /// <summary>Whether the download needs a fresh re-authentication (a credential's files).</summary>
    public bool SecretContent => Download == "vault.reveal";

    /// <summary>The parent's title in the organisation, or 404 naming it.</summary>
    public async Task<string> FindAsync(ClientStorDbContext db, Guid orgId, Guid id, CancellationToken ct)
    {
        var title = Type switch
        {
            "article" => await db.Set<Docs.Article>().Where(x => x.OrgId == orgId && x.Id == id).Select(x => x.Title).FirstOrDefaultAsync(ct),
            "asset" => await db.Set<Assets.Asset>().Where(x => x.OrgId == orgId && x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(ct),
            _ => await db.Set<Vault.Credential>().Where(x => x.OrgId == orgId && x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(ct),
        };
        return title ?? throw new NotFoundException("The " + Display);
    }

    /// <summary>The attachments of one parent.</summary>
    public IQueryable<Attachment> Of(IQueryable<Attachment> attachments, Guid orgId, Guid id) => Type switch
    {
        "article" => attachments.Where(a => a.OrgId == orgId && a.ArticleId == id),
        "asset" => attachments.Where(a => a.OrgId == orgId && a.AssetId == id),
        _ => attachments.Where(a => a.OrgId == orgId && a.CredentialId == id),
    };

    public void Assign(Attachment attachment, Guid id)
    {
        attachment.ParentType = Type;
        switch (Type)
        {
            case "article": attachment.ArticleId = id; break;
            case "asset": attachment.AssetId = id; break;
            default: attachment.CredentialId = id; break;
        }
    }
}

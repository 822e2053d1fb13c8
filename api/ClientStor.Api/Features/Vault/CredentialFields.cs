using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Vault;

/// <summary>Fields shared by create and update. Secret fields are write-only.</summary>
public abstract class CredentialFields
{
    [References<VaultFolder>] public Guid? FolderId { get; set; }
    public string? Username { get; set; }
    /// <summary>An absolute URL (https://, ssh://, rdp://, …).</summary>
    public string? Url { get; set; }
    public List<string>? Tags { get; set; }
    public string? Notes { get; set; }
    /// <summary>
    /// The assets this credential belongs to, all of the same organisation: the whole set (an empty list unlinks every asset;
    /// omitted keeps the links as they are).
    /// </summary>
    [References<Asset>] public List<Guid>? AssetIds { get; set; }
    /// <summary>Pin it to the organisation's overview (true) or unpin it (false).</summary>
    public bool? Pinned { get; set; }
    /// <summary>Write-only: stored encrypted, readable only through reveal.</summary>
    public string? Password { get; set; }
    /// <summary>Write-only TOTP seed: base32, or an <c>otpauth://totp/…</c> URI.</summary>
    public string? OtpSeed { get; set; }
    /// <summary>Write-only custom secret fields, name → value (names: letters, digits, space, <c>_ . -</c>; up to 100 characters).</summary>
    public Dictionary<string, string>? CustomSecrets { get; set; }

    /// <summary>Applies the metadata given (null stays, an empty text clears).</summary>
    internal void ApplyMetadataTo(Credential credential)
    {
        if (Username is not null) credential.Username = Blank(Username);
        if (Url is not null) credential.Url = Blank(Url);
        if (Notes is not null) credential.Notes = Blank(Notes);
        if (Tags is not null) credential.Tags = TagList.Normalize(Tags);
        if (FolderId is not null) credential.FolderId = FolderId;
        if (Pinned is { } pinned) credential.Pinned = pinned;
    }

    /// <summary>
    /// Makes the credential's asset links the set given (nothing when <see cref="AssetIds"/> is omitted); returns the assets
    /// linked and unlinked, by id and name, for the audit row — null when the links stay as they were.
    /// </summary>
    internal async Task<AssetLinkChanges?> ApplyAssetLinksAsync(Credential credential, ClientStorDbContext db, CancellationToken ct)
    {
        if (AssetIds is null)
            return null;
        var wanted = AssetIds.ToHashSet();
        var current = credential.AssetLinks.Select(l => l.AssetId).ToHashSet();
        var linked = wanted.Where(id => !current.Contains(id)).ToList();
        var unlinked = current.Where(id => !wanted.Contains(id)).ToList();
        if (linked.Count + unlinked.Count == 0)
            return null;
        credential.AssetLinks.RemoveAll(l => unlinked.Contains(l.AssetId));
        foreach (var assetId in linked)
        {
            var link = new CredentialAsset { CredentialId = credential.Id, AssetId = assetId, OrgId = credential.OrgId };
            credential.AssetLinks.Add(link);
            db.Add(link); // its key is set: EF would otherwise take it for an existing row (see VaultSecrets.SetAsync)
        }
        var touched = linked.Concat(unlinked).ToList();
        var names = await db.Assets.AsNoTracking().Where(a => a.OrgId == credential.OrgId && touched.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        List<LinkedAsset> Named(List<Guid> ids) => [.. ids.Select(id => new LinkedAsset(id, names.GetValueOrDefault(id))).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
        return new AssetLinkChanges(Named(linked), Named(unlinked));
    }

    /// <summary>Encrypts the secret fields given onto the credential; returns the field names written (never values).</summary>
    internal async Task<List<string>> ApplySecretsToAsync(Credential credential, VaultSecrets secrets, CancellationToken ct)
    {
        var written = new List<string>();
        if (!string.IsNullOrEmpty(Password))
        {
            await secrets.SetAsync(credential, VaultSecrets.Password, Password, ct);
            written.Add(VaultSecrets.Password);
        }
        if (VaultSecrets.NormalizeOtpSeed(OtpSeed) is { } seed)
        {
            await secrets.SetAsync(credential, VaultSecrets.OtpSeed, seed, ct);
            written.Add(VaultSecrets.OtpSeed);
        }
        foreach (var (name, value) in CustomSecrets ?? [])
        {
            await secrets.SetAsync(credential, VaultSecrets.CustomPrefix + name.Trim(), value, ct);
            written.Add(VaultSecrets.CustomPrefix + name.Trim());
        }
        return written;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>An asset named in a credential's audit row (its name at the time, so the row reads without a lookup).</summary>
internal sealed record LinkedAsset(Guid Id, string? Name);

/// <summary>What a write did to a credential's asset links.</summary>
internal sealed record AssetLinkChanges(List<LinkedAsset> AssetsLinked, List<LinkedAsset> AssetsUnlinked);

internal static class CredentialRules
{
    public const int MaxAssets = 100;

    public static void Add<T>(AbstractValidator<T> v) where T : CredentialFields
    {
        v.RuleFor(x => x.Username).MaximumLength(320);
        v.RuleFor(x => x.Url).MaximumLength(2048)
            .Must(u => string.IsNullOrEmpty(u) || Uri.TryCreate(u.Trim(), UriKind.Absolute, out _))
            .WithMessage("Enter an absolute URL such as https://portal.example.com or ssh://10.0.0.1.");
        v.RuleFor(x => x.Tags).Must(t => t is null || t.Count <= 20 && t.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= 50))
            .WithMessage("Up to 20 tags of 1 to 50 characters.");
        v.RuleFor(x => x.Notes).MaximumLength(20_000);
        v.RuleFor(x => x.AssetIds).Must(a => a is null || a.Count <= MaxAssets).WithMessage($"Link up to {MaxAssets} assets.");
        v.RuleFor(x => x.Password).MaximumLength(4096);
        v.RuleFor(x => x.OtpSeed).Must(s => string.IsNullOrEmpty(s) || VaultSecrets.NormalizeOtpSeed(s) is not null)
            .WithMessage("Enter the TOTP seed in base32 (at least 16 characters) or paste the otpauth:// URI.");
        v.RuleFor(x => x.CustomSecrets).Must(c => c is null || c.Count <= 20 && c.All(kv => VaultSecrets.IsCustomFieldName(kv.Key) && kv.Value is { Length: <= 4096 }))
            .WithMessage("Up to 20 custom secrets; names of 1 to 100 letters, digits, spaces, '_', '.' or '-'; values up to 4,096 characters.");
    }
}

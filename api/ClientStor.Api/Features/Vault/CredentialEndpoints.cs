using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Vault;

/// <summary>A credential's metadata. Secret values are never part of it: <c>secretFields</c> only names them.</summary>
public sealed class CredentialResponse
{
    public required Guid Id { get; set; }
    public required Guid OrgId { get; set; }
    public required Guid? FolderId { get; set; }
    public required string Name { get; set; }
    public required string? Username { get; set; }
    public required string? Url { get; set; }
    public required IReadOnlyList<string> Tags { get; set; }
    public required string? Notes { get; set; }
    public required Guid? RelatedAssetId { get; set; }
    /// <summary>Which secret fields are stored: <c>password</c>, <c>otpSeed</c>, <c>custom:&lt;name&gt;</c>.</summary>
    public required IReadOnlyList<string> SecretFields { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }

    public static CredentialResponse From(Credential c) => new()
    {
        Id = c.Id, OrgId = c.OrgId, FolderId = c.FolderId, Name = c.Name, Username = c.Username, Url = c.Url, Tags = c.Tags, Notes = c.Notes,
        RelatedAssetId = c.RelatedAssetId, SecretFields = c.Secrets.Select(s => s.Field).Order(StringComparer.Ordinal).ToList(),
        CreatedAt = c.CreatedAt, UpdatedAt = c.UpdatedAt, Etag = ETags.For(c.Version),
    };
}

internal static class CredentialSorts
{
    public static readonly SortCatalog<Credential> Catalog = new("name",
        new SortKey<Credential, string>("name", c => c.Name, c => c.Id),
        new SortKey<Credential, DateTimeOffset>("updatedAt", c => c.UpdatedAt, c => c.Id),
        new SortKey<Credential, DateTimeOffset>("createdAt", c => c.CreatedAt, c => c.Id));
}

public sealed class ListCredentialsRequest : IListRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default), <c>updatedAt</c> or <c>createdAt</c>; <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches name, username or URL.</summary>
    [QueryParam] public string? Q { get; set; }
    [QueryParam] public Guid? FolderId { get; set; }
    [QueryParam] public string? Tag { get; set; }
    [QueryParam] public Guid? RelatedAssetId { get; set; }
    /// <summary>Only credentials changed at or after this time (incremental pulls).</summary>
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

internal sealed class ListCredentialsValidator : Validator<ListCredentialsRequest>
{
    public ListCredentialsValidator()
    {
        CredentialSorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Tag).MaximumLength(50);
    }
}

/// <summary>The organisation's credentials (metadata only). Every read is audited.</summary>
public sealed class ListCredentialsEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<ListCredentialsRequest, Page<CredentialResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/vault/credentials");
        this.RequireOrgPermission("vault.read");
        Tags("Vault");
        Summary(s => s.Summary = "List credentials (metadata, never secrets)");
    }

    public override async Task HandleAsync(ListCredentialsRequest req, CancellationToken ct)
    {
        var query = db.Credentials.AsNoTracking().Include(c => c.Secrets).Where(c => c.OrgId == req.OrgId);
        if (req.FolderId is { } folder) query = query.Where(c => c.FolderId == folder);
        if (!string.IsNullOrWhiteSpace(req.Tag)) query = query.Where(c => c.Tags.Contains(req.Tag.Trim()));
        if (req.RelatedAssetId is { } asset) query = query.Where(c => c.RelatedAssetId == asset);
        if (req.UpdatedSince is { } since) query = query.Where(c => c.UpdatedAt >= since.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(c => EF.Functions.ILike(c.Name, p, "\\") || EF.Functions.ILike(c.Username!, p, "\\") || EF.Functions.ILike(c.Url!, p, "\\"));
        }
        var page = await CredentialSorts.Catalog.PageAsync(query, req, CredentialResponse.From, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.listed")
        {
            OrgId = req.OrgId, TargetType = "credential",
            Details = new { count = page.Items.Count, req.Q, req.FolderId, req.Tag, req.UpdatedSince, req.Sort, cursor = req.Cursor is not null },
        }, ct);
        await Send.OkAsync(page, ct);
    }
}

/// <summary>Fields shared by create and update. Secret fields are write-only.</summary>
public abstract class CredentialFields
{
    public Guid? FolderId { get; set; }
    public string? Username { get; set; }
    /// <summary>An absolute URL (https://, ssh://, rdp://, …).</summary>
    public string? Url { get; set; }
    public List<string>? Tags { get; set; }
    public string? Notes { get; set; }
    public Guid? RelatedAssetId { get; set; }
    /// <summary>Write-only: stored encrypted, readable only through reveal.</summary>
    public string? Password { get; set; }
    /// <summary>Write-only TOTP seed: base32, or an <c>otpauth://totp/…</c> URI.</summary>
    public string? OtpSeed { get; set; }
    /// <summary>Write-only custom secret fields, name → value (names: letters, digits, space, <c>_ . -</c>; up to 100 characters).</summary>
    public Dictionary<string, string>? CustomSecrets { get; set; }
}

internal static class CredentialRules
{
    public static void Add<T>(AbstractValidator<T> v) where T : CredentialFields
    {
        v.RuleFor(x => x.Username).MaximumLength(320);
        v.RuleFor(x => x.Url).MaximumLength(2048)
            .Must(u => string.IsNullOrEmpty(u) || Uri.TryCreate(u.Trim(), UriKind.Absolute, out _))
            .WithMessage("Enter an absolute URL such as https://portal.example.com or ssh://10.0.0.1.");
        v.RuleFor(x => x.Tags).Must(t => t is null || t.Count <= 20 && t.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= 50))
            .WithMessage("Up to 20 tags of 1 to 50 characters.");
        v.RuleFor(x => x.Notes).MaximumLength(20_000);
        v.RuleFor(x => x.Password).MaximumLength(4096);
        v.RuleFor(x => x.OtpSeed).Must(s => string.IsNullOrEmpty(s) || VaultSecrets.NormalizeOtpSeed(s) is not null)
            .WithMessage("Enter the TOTP seed in base32 (at least 16 characters) or paste the otpauth:// URI.");
        v.RuleFor(x => x.CustomSecrets).Must(c => c is null || c.Count <= 20 && c.All(kv => VaultSecrets.IsCustomFieldName(kv.Key) && kv.Value.Length <= 4096))
            .WithMessage("Up to 20 custom secrets; names of 1 to 100 letters, digits, spaces, '_', '.' or '-'; values up to 4,096 characters.");
    }
}

public sealed class CreateCredentialRequest : CredentialFields
{
    [RouteParam] public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
}

internal sealed class CreateCredentialValidator : Validator<CreateCredentialRequest>
{
    public CreateCredentialValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the credential a name.").MaximumLength(200);
        CredentialRules.Add(this);
    }
}

/// <summary>Stores a credential; its secret fields are encrypted before they reach the database.</summary>
public sealed class CreateCredentialEndpoint(ClientStorDbContext db, VaultSecrets secrets, CurrentActor actor, AuditLog audit)
    : Endpoint<CreateCredentialRequest, CredentialResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/vault/credentials");
        this.RequireOrgPermission("vault.write");
        Tags("Vault");
        Summary(s => s.Summary = "Create a credential");
        Description(b => b.Produces<CredentialResponse>(201));
    }

    public override async Task HandleAsync(CreateCredentialRequest req, CancellationToken ct)
    {
        if (req.FolderId is { } folder && !await db.VaultFolders.AnyAsync(f => f.Id == folder && f.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("folderId", "No folder with this id in this organisation."));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var by = actor.UserId ?? actor.ApiKeyId ?? Guid.Empty;
        var credential = new Credential
        {
            Id = Guid.CreateVersion7(), OrgId = req.OrgId, FolderId = req.FolderId, Name = req.Name.Trim(),
            Username = Blank(req.Username), Url = Blank(req.Url), Tags = CleanTags(req.Tags), Notes = Blank(req.Notes),
            RelatedAssetId = req.RelatedAssetId, CreatedAt = now, UpdatedAt = now, CreatedById = by, UpdatedById = by,
        };
        var written = await CredentialWrites.ApplySecretsAsync(credential, req, secrets, ct);
        db.Credentials.Add(credential);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.created")
        {
            OrgId = req.OrgId, TargetType = "credential", TargetId = credential.Id.ToString(),
            Details = new { credential.Name, credential.Username, credential.Url, credential.FolderId, secretFields = written },
        }, ct);
        var response = CredentialResponse.From(credential);
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/vault/credentials/{credential.Id}";
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.ResponseAsync(response, 201, ct);
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    internal static List<string> CleanTags(List<string>? tags) => (tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Order().ToList();
}

internal static class CredentialWrites
{
    /// <summary>Encrypts the request's secret fields onto the credential; returns the field names written (never values).</summary>
    public static async Task<List<string>> ApplySecretsAsync(Credential credential, CredentialFields req, VaultSecrets secrets, CancellationToken ct)
    {
        var written = new List<string>();
        if (!string.IsNullOrEmpty(req.Password))
        {
            await secrets.SetAsync(credential, VaultSecrets.Password, req.Password, ct);
            written.Add(VaultSecrets.Password);
        }
        if (VaultSecrets.NormalizeOtpSeed(req.OtpSeed) is { } seed)
        {
            await secrets.SetAsync(credential, VaultSecrets.OtpSeed, seed, ct);
            written.Add(VaultSecrets.OtpSeed);
        }
        foreach (var (name, value) in req.CustomSecrets ?? [])
        {
            await secrets.SetAsync(credential, VaultSecrets.CustomPrefix + name.Trim(), value, ct);
            written.Add(VaultSecrets.CustomPrefix + name.Trim());
        }
        return written;
    }
}

public sealed class CredentialRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid CredentialId { get; set; }
}

/// <summary>One credential's metadata (never its secrets). Audited.</summary>
public sealed class GetCredentialEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CredentialRequest, CredentialResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/vault/credentials/{credentialId}");
        this.RequireOrgPermission("vault.read");
        Tags("Vault");
        Summary(s => s.Summary = "Get a credential (metadata, never secrets)");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(CredentialRequest req, CancellationToken ct)
    {
        var credential = await db.Credentials.AsNoTracking().Include(c => c.Secrets).FirstOrDefaultAsync(c => c.Id == req.CredentialId && c.OrgId == req.OrgId, ct);
        if (credential is null)
        {
            await Send.ResultAsync(Problems.NotFound("The credential"));
            return;
        }
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.viewed")
        {
            OrgId = req.OrgId, TargetType = "credential", TargetId = credential.Id.ToString(), Details = new { credential.Name },
        }, ct);
        var response = CredentialResponse.From(credential);
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(response, ct);
    }
}

public sealed class UpdateCredentialRequest : CredentialFields
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid CredentialId { get; set; }
    /// <summary>The etag you read; the update is refused with 412 if the credential changed since.</summary>
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
    public string? Name { get; set; }
    /// <summary>Secret fields to delete (<c>password</c>, <c>otpSeed</c>, <c>custom:&lt;name&gt;</c>).</summary>
    public List<string>? RemoveSecrets { get; set; }
    /// <summary>Move out of any folder.</summary>
    public bool? ClearFolder { get; set; }
}

internal sealed class UpdateCredentialValidator : Validator<UpdateCredentialRequest>
{
    public UpdateCredentialValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("The name cannot be empty.").MaximumLength(200).When(x => x.Name is not null);
        CredentialRules.Add(this);
    }
}

/// <summary>
/// Partial update: omitted fields stay; an empty string clears a text field. Secret fields given are re-encrypted;
/// the audit row names which fields changed, never their values.
/// </summary>
public sealed class UpdateCredentialEndpoint(ClientStorDbContext db, VaultSecrets secrets, CurrentActor actor, AuditLog audit)
    : Endpoint<UpdateCredentialRequest, CredentialResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/vault/credentials/{credentialId}");
        this.RequireOrgPermission("vault.write");
        Tags("Vault");
        Summary(s => s.Summary = "Update a credential");
        Description(b => b.WithMetadata(new ProblemResponses(404, 412)));
    }

    public override async Task HandleAsync(UpdateCredentialRequest req, CancellationToken ct)
    {
        var credential = await db.Credentials.Include(c => c.Secrets).FirstOrDefaultAsync(c => c.Id == req.CredentialId && c.OrgId == req.OrgId, ct);
        if (credential is null)
        {
            await Send.ResultAsync(Problems.NotFound("The credential"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, credential.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        if (req.FolderId is { } folder && !await db.VaultFolders.AnyAsync(f => f.Id == folder && f.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("folderId", "No folder with this id in this organisation."));
            return;
        }
        if (req.Name is not null) credential.Name = req.Name.Trim();
        if (req.Username is not null) credential.Username = CreateCredentialEndpoint.Blank(req.Username);
        if (req.Url is not null) credential.Url = CreateCredentialEndpoint.Blank(req.Url);
        if (req.Notes is not null) credential.Notes = CreateCredentialEndpoint.Blank(req.Notes);
        if (req.Tags is not null) credential.Tags = CreateCredentialEndpoint.CleanTags(req.Tags);
        if (req.RelatedAssetId is not null) credential.RelatedAssetId = req.RelatedAssetId;
        if (req.FolderId is not null) credential.FolderId = req.FolderId;
        if (req.ClearFolder == true) credential.FolderId = null;
        var changed = db.Entry(credential).Properties.Where(p => p.IsModified).Select(p => char.ToLowerInvariant(p.Metadata.Name[0]) + p.Metadata.Name[1..]).ToList();
        var removed = new List<string>();
        foreach (var field in req.RemoveSecrets ?? [])
            if (credential.Secrets.FirstOrDefault(s => s.Field == field) is { } secret)
            {
                credential.Secrets.Remove(secret);
                removed.Add(field);
            }
        var written = await CredentialWrites.ApplySecretsAsync(credential, req, secrets, ct);
        if (changed.Count > 0 || removed.Count > 0 || written.Count > 0)
        {
            credential.UpdatedAt = DateTimeOffset.UtcNow;
            credential.UpdatedById = actor.UserId ?? actor.ApiKeyId ?? Guid.Empty;
            // A secret-only change still bumps the row version, so etags change with secrets too.
            db.Entry(credential).Property(c => c.UpdatedAt).IsModified = true;
            try
            {
                await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.updated")
                {
                    OrgId = req.OrgId, TargetType = "credential", TargetId = credential.Id.ToString(),
                    Details = new { credential.Name, changed, secretsChanged = written, secretsRemoved = removed },
                }, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await Send.ResultAsync(Problems.PreconditionFailed());
                return;
            }
        }
        var response = CredentialResponse.From(credential);
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(response, ct);
    }
}

public sealed class DeleteCredentialRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid CredentialId { get; set; }
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
}

/// <summary>Deletes a credential and its encrypted secrets.</summary>
public sealed class DeleteCredentialEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<DeleteCredentialRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/vault/credentials/{credentialId}");
        this.RequireOrgPermission("vault.write");
        Tags("Vault");
        Summary(s => s.Summary = "Delete a credential");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 412)));
    }

    public override async Task HandleAsync(DeleteCredentialRequest req, CancellationToken ct)
    {
        var credential = await db.Credentials.Include(c => c.Secrets).FirstOrDefaultAsync(c => c.Id == req.CredentialId && c.OrgId == req.OrgId, ct);
        if (credential is null)
        {
            await Send.ResultAsync(Problems.NotFound("The credential"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, credential.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        db.Credentials.Remove(credential);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.deleted")
        {
            OrgId = req.OrgId, TargetType = "credential", TargetId = credential.Id.ToString(),
            Details = new { credential.Name, credential.Username, secretFields = credential.Secrets.Select(s => s.Field).ToList() },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

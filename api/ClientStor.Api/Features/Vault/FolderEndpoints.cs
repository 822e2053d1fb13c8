using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Vault;

public sealed class FolderResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required Guid? ParentId { get; set; }
    /// <summary>Credentials directly in this folder.</summary>
    public required int CredentialCount { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}

public sealed class OrgVaultRequest
{
    [RouteParam] public Guid OrgId { get; set; }
}

/// <summary>All vault folders of the organisation (a tree: build it from <c>parentId</c>).</summary>
public sealed class ListFoldersEndpoint(ClientStorDbContext db) : Endpoint<OrgVaultRequest, List<FolderResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/vault/folders");
        this.RequireOrgPermission("vault.read");
        Tags("Vault");
        Summary(s => s.Summary = "List vault folders");
    }

    public override async Task HandleAsync(OrgVaultRequest req, CancellationToken ct) =>
        await Send.OkAsync(await db.VaultFolders.AsNoTracking().Where(f => f.OrgId == req.OrgId).OrderBy(f => f.NormalizedName)
            .Select(f => new FolderResponse
            {
                Id = f.Id, Name = f.Name, ParentId = f.ParentId, CreatedAt = f.CreatedAt, UpdatedAt = f.UpdatedAt,
                CredentialCount = db.Set<Credential>().Count(c => c.FolderId == f.Id),
            }).Take(5000).ToListAsync(ct), ct);
}

public sealed class SaveFolderRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public Guid? ParentId { get; set; }
}

internal sealed class SaveFolderValidator : Validator<SaveFolderRequest>
{
    public SaveFolderValidator() => RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the folder a name.").MaximumLength(200);
}

/// <summary>Creates a vault folder.</summary>
public sealed class CreateFolderEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveFolderRequest, FolderResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/vault/folders");
        this.RequireOrgPermission("vault.write");
        Tags("Vault");
        Summary(s => s.Summary = "Create a vault folder");
        Description(b => b.Produces<FolderResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SaveFolderRequest req, CancellationToken ct)
    {
        var name = req.Name.Trim();
        var normalized = name.ToUpperInvariant();
        if (req.ParentId is { } parent && !await db.VaultFolders.AnyAsync(f => f.Id == parent && f.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("parentId", "No folder with this id in this organisation."));
            return;
        }
        if (await db.VaultFolders.AnyAsync(f => f.OrgId == req.OrgId && f.ParentId == req.ParentId && f.NormalizedName == normalized, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"A folder named '{name}' already exists here.", "name"));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var folder = new VaultFolder { Id = Guid.CreateVersion7(), OrgId = req.OrgId, Name = name, NormalizedName = normalized, ParentId = req.ParentId, CreatedAt = now, UpdatedAt = now };
        db.VaultFolders.Add(folder);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "folder.created")
        {
            OrgId = req.OrgId, TargetType = "folder", TargetId = folder.Id.ToString(), Details = new { folder.Name, folder.ParentId },
        }, ct);
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/vault/folders/{folder.Id}";
        await Send.ResponseAsync(new FolderResponse
        {
            Id = folder.Id, Name = folder.Name, ParentId = folder.ParentId, CredentialCount = 0, CreatedAt = now, UpdatedAt = now,
        }, 201, ct);
    }
}

public sealed class FolderRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid FolderId { get; set; }
}

/// <summary>Deletes an empty vault folder (409 while it holds credentials or folders).</summary>
public sealed class DeleteFolderEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<FolderRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/vault/folders/{folderId}");
        this.RequireOrgPermission("vault.write");
        Tags("Vault");
        Summary(s => s.Summary = "Delete an empty vault folder");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(FolderRequest req, CancellationToken ct)
    {
        var folder = await db.VaultFolders.FirstOrDefaultAsync(f => f.Id == req.FolderId && f.OrgId == req.OrgId, ct);
        if (folder is null)
        {
            await Send.ResultAsync(Problems.NotFound("The folder"));
            return;
        }
        var credentials = await db.Credentials.CountAsync(c => c.FolderId == folder.Id, ct);
        var children = await db.VaultFolders.CountAsync(f => f.ParentId == folder.Id, ct);
        if (credentials + children > 0)
        {
            await Send.ResultAsync(Problems.Conflict($"The folder holds {credentials} credential(s) and {children} folder(s); move or delete them first."));
            return;
        }
        db.VaultFolders.Remove(folder);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "folder.deleted")
        {
            OrgId = req.OrgId, TargetType = "folder", TargetId = folder.Id.ToString(), Details = new { folder.Name },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}


namespace ClientStor.Api.Features.Vault;

public sealed class SaveFolderRequest
{
    public string Name { get; set; } = "";
    /// <summary>The folder to nest it in (of the same organisation).</summary>
    [References<VaultFolder>] public Guid? ParentId { get; set; }
}

internal sealed class SaveFolderValidator : Validator<SaveFolderRequest>
{
    public SaveFolderValidator() => RuleFor(x => x.Name).NotEmpty().WithMessage("Give the folder a name.").MaximumLength(200);
}

/// <summary>Creates a vault folder (409 when its parent already holds one of the same name).</summary>
public sealed class CreateFolderEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<SaveFolderRequest, FolderResponse>
{
    public override void Configure()
    {
        Post("vault/folders");
        Group<VaultGroup>();
        this.RequireOrgPermission("vault.write");
        Summary(s => s.Summary = "Create a vault folder");
        Description(b => b.Produces<FolderResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SaveFolderRequest req, CancellationToken ct)
    {
        var name = req.Name.Trim();
        var normalized = name.ToUpperInvariant();
        if (await db.VaultFolders.AnyAsync(f => f.OrgId == org.Id && f.ParentId == req.ParentId && f.NormalizedName == normalized, ct))
            throw new ConflictException($"A folder named '{name}' already exists here.", "name");
        var now = DateTimeOffset.UtcNow;
        var folder = new VaultFolder
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = name, NormalizedName = normalized, ParentId = req.ParentId, CreatedAt = now, UpdatedAt = now,
        };
        await changes.CreatedAsync(folder, ct);
        await Send.CreatedAsync(folder.Id, folder.ToResponse(credentialCount: 0), ct);
    }
}

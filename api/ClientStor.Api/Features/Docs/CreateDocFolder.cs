namespace ClientStor.Api.Features.Docs;

public abstract class DocFolderFields
{
    public string? Name { get; set; }
    /// <summary>The folder to nest it in (of the same organisation).</summary>
    [References<DocFolder>] public Guid? ParentId { get; set; }
}

public sealed class CreateDocFolderRequest : DocFolderFields;

public sealed class UpdateDocFolderRequest : DocFolderFields
{
    [RouteParam] public Guid DocFolderId { get; set; }
    /// <summary>Move the folder to the top level.</summary>
    public bool? ClearParent { get; set; }
}

internal sealed class CreateDocFolderValidator : Validator<CreateDocFolderRequest>
{
    public CreateDocFolderValidator() => RuleFor(x => x.Name).NotEmpty().WithMessage("Give the folder a name.").MaximumLength(200);
}

internal sealed class UpdateDocFolderValidator : Validator<UpdateDocFolderRequest>
{
    public UpdateDocFolderValidator() =>
        RuleFor(x => x.Name).NotEmpty().WithMessage("The name cannot be empty.").MaximumLength(200).When(x => x.Name is not null);
}

internal static class DocFolderRules
{
    public static async Task CheckNameFreeAsync(ClientStorDbContext db, DocFolder folder, CancellationToken ct)
    {
        if (await db.DocFolders.AnyAsync(f => f.OrgId == folder.OrgId && f.ParentId == folder.ParentId && f.NormalizedName == folder.NormalizedName && f.Id != folder.Id, ct))
            throw new ConflictException($"A folder named '{folder.Name}' already exists here.", "name");
    }
}

/// <summary>Creates a knowledge-base folder (409 when its parent already holds one of the same name).</summary>
public sealed class CreateDocFolderEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateDocFolderRequest, DocFolderResponse>
{
    public override void Configure()
    {
        Post("docs/folders");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Create a knowledge-base folder");
        Description(b => b.Produces<DocFolderResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateDocFolderRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var name = req.Name!.Trim();
        var folder = new DocFolder
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = name, NormalizedName = name.ToUpperInvariant(), ParentId = req.ParentId, CreatedAt = now, UpdatedAt = now,
        };
        await DocFolderRules.CheckNameFreeAsync(db, folder, ct);
        await changes.CreatedAsync(folder, ct);
        await Send.CreatedAsync(folder.Id, folder.ToResponse(articleCount: 0, diagramCount: 0), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

public sealed class CreateAssetTypeRequest
{
    /// <summary>Lower-case letters, digits and hyphens (<c>cctv-camera</c>); must not be a built-in key.</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The type's custom fields; <c>[]</c> for none.</summary>
    public List<CustomFieldDefinition>? Fields { get; set; }
}

internal sealed class CreateAssetTypeValidator : Validator<CreateAssetTypeRequest>
{
    public CreateAssetTypeValidator()
    {
        RuleFor(x => x.Key).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give the type a key, e.g. cctv-camera.").Matches(AssetTypes.KeyPattern()).WithMessage("The key may contain lower-case letters, digits and single hyphens.")
            .MaximumLength(64).Must(k => !AssetTypes.BuiltIn.Contains(k)).WithMessage("That key is a built-in type.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the type a name.").MaximumLength(100);
        RuleFor(x => x.Fields).Cascade(CascadeMode.Stop).NotNull().WithMessage("List the type's custom fields ([] for none).").Must(f => f!.Count <= 50).WithMessage("At most 50 fields.")
            .Must(f => f!.Select(x => x?.Key).Distinct().Count() == f!.Count).WithMessage("Field keys must be unique.");
        RuleForEach(x => x.Fields).NotNull().ChildRules(f =>
        {
            f.RuleFor(x => x.Key).NotNull().Matches(AssetTypes.FieldKeyPattern()).WithMessage("Field keys start with a letter and use letters, digits and '_'.");
            f.RuleFor(x => x.Label).NotEmpty().MaximumLength(100);
            f.RuleFor(x => x.Type).Must(t => AssetTypes.FieldTypes.Contains(t)).WithMessage($"Field type must be one of: {string.Join(", ", AssetTypes.FieldTypes)}.");
            f.RuleFor(x => x.Options).Must((x, o) => x.Type != "select" || o?.Count is > 0 and <= 100).WithMessage("A select field needs 1 to 100 options.");
        }).When(x => x.Fields is not null);
    }
}

/// <summary>Creates a custom asset type with custom fields.</summary>
public sealed class CreateAssetTypeEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateAssetTypeRequest, AssetTypeResponse>
{
    public override void Configure()
    {
        Post("asset-types");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Create a custom asset type");
        Description(b => b.Produces<AssetTypeResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateAssetTypeRequest req, CancellationToken ct)
    {
        if (await db.CustomAssetTypes.AnyAsync(t => t.OrgId == org.Id && t.Key == req.Key, ct))
            throw new ConflictException($"A custom type with key '{req.Key}' already exists.", "key");
        var now = DateTimeOffset.UtcNow;
        var type = new CustomAssetType { Id = Guid.CreateVersion7(), OrgId = org.Id, Key = req.Key, Name = req.Name.Trim(), Fields = req.Fields!, CreatedAt = now, UpdatedAt = now };
        await changes.CreatedAsync(type, ct);
        var response = type.ToResponse();
        HttpContext.Response.Headers.Location = $"{HttpContext.Request.Path}/{type.Id}";
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.ResponseAsync(response, 201, ct);
    }
}

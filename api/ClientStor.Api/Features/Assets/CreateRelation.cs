using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

public sealed class CreateRelationRequest
{
    [RouteParam] public Guid AssetId { get; set; }
    [References<Asset>] public Guid ToAssetId { get; set; }
    /// <summary><c>connected-to</c>, <c>depends-on</c>, <c>runs-on</c>, <c>backs-up</c>, <c>member-of</c> or <c>powered-by</c>.</summary>
    [OneOf("RelationKind", typeof(AssetTypes), nameof(AssetTypes.RelationKinds))]
    public string Kind { get; set; } = "";
}

internal sealed class CreateRelationValidator : Validator<CreateRelationRequest>
{
    public CreateRelationValidator()
    {
        RuleFor(x => x.Kind).Must(k => AssetTypes.RelationKinds.Contains(k)).WithMessage($"kind must be one of: {string.Join(", ", AssetTypes.RelationKinds)}.");
        RuleFor(x => x.ToAssetId).NotEmpty().Must((x, to) => to != x.AssetId).WithMessage("An asset cannot relate to itself.");
    }
}

/// <summary>Links this asset to another asset of the same organisation.</summary>
public sealed class CreateRelationEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateRelationRequest, RelationResponse>
{
    public override void Configure()
    {
        Post("assets/{assetId}/relations");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Relate two assets");
        Description(b => b.Produces<RelationResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateRelationRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.FindInOrgAsync(org.Id, req.AssetId, ct);
        var toName = await db.Assets.Where(a => a.OrgId == org.Id && a.Id == req.ToAssetId).Select(a => a.Name).SingleAsync(ct);
        if (await db.AssetRelations.AnyAsync(r => r.FromAssetId == req.AssetId && r.ToAssetId == req.ToAssetId && r.Kind == req.Kind, ct))
            throw new ConflictException("This relation already exists.");
        var relation = new AssetRelation { Id = Guid.CreateVersion7(), OrgId = org.Id, FromAssetId = asset.Id, ToAssetId = req.ToAssetId, Kind = req.Kind, CreatedAt = DateTimeOffset.UtcNow };
        db.AssetRelations.Add(relation);
        await changes.RecordAsync(asset, "related", ct, details: new { relation = relation.Id, relation.Kind, to = req.ToAssetId, toName });
        await Send.CreatedAsync(relation.Id, new RelationResponse
        {
            Id = relation.Id, Kind = relation.Kind, Direction = "outgoing", OtherAssetId = req.ToAssetId, OtherAssetName = toName, Etag = ETags.For(relation.Version),
        }, ct);
    }
}

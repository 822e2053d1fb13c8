using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

public sealed class DeleteRelationRequest
{
    [RouteParam] public Guid AssetId { get; set; }
    [RouteParam] public Guid RelationId { get; set; }
}

/// <summary>Removes a relation (from either of its assets).</summary>
public sealed class DeleteRelationEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteRelationRequest>
{
    public override void Configure()
    {
        Delete("assets/{assetId}/relations/{relationId}");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Remove a relation");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteRelationRequest req, CancellationToken ct)
    {
        var relation = await db.AssetRelations.Where(r => r.FromAssetId == req.AssetId || r.ToAssetId == req.AssetId).FindInOrgAsync(org.Id, req.RelationId, ct);
        HttpContext.CheckIfMatch(relation);
        var from = await db.Assets.FindInOrgAsync(org.Id, relation.FromAssetId, ct);
        db.AssetRelations.Remove(relation);
        await changes.RecordAsync(from, "unrelated", ct, details: new { relation = relation.Id, relation.Kind, to = relation.ToAssetId });
        await Send.NoContentAsync(ct);
    }
}

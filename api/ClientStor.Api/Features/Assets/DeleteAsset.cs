
namespace ClientStor.Api.Features.Assets;

public sealed class DeleteAssetRequest
{
    [RouteParam] public Guid AssetId { get; set; }
}

/// <summary>Deletes an asset with its interfaces and relations.</summary>
public sealed class DeleteAssetEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteAssetRequest>
{
    public override void Configure()
    {
        Delete("assets/{assetId}");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.delete");
        Summary(s => s.Summary = "Delete an asset");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteAssetRequest req, CancellationToken ct)
    {
        await changes.DeleteInOrgAsync(db.Assets, org.Id, req.AssetId, ct);
        await Send.NoContentAsync(ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

/// <summary>Partial update of an asset; the audit row holds the changed fields before and after.</summary>
public sealed class UpdateAssetEndpoint(ClientStorDbContext db, AssetWriter assets, CurrentOrg org) : Endpoint<UpdateAssetRequest, AssetResponse>
{
    public override void Configure()
    {
        Patch("assets/{assetId}");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Update an asset");
    }

    public override async Task HandleAsync(UpdateAssetRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.FindInOrgAsync(org.Id, req.AssetId, ct);
        HttpContext.CheckIfMatch(asset);
        await assets.UpdateAsync(asset, req.ToPatch(), AssetSources.Api, ct);
        await Send.ResourceAsync(asset.ToResponse(), ct);
    }
}

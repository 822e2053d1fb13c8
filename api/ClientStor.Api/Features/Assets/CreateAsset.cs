
namespace ClientStor.Api.Features.Assets;

/// <summary>Creates an asset.</summary>
public sealed class CreateAssetEndpoint(AssetWriter assets, CurrentOrg org) : Endpoint<CreateAssetRequest, AssetResponse>
{
    public override void Configure()
    {
        Post("assets");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Create an asset");
        Description(b => b.Produces<AssetResponse>(201));
    }

    public override async Task HandleAsync(CreateAssetRequest req, CancellationToken ct)
    {
        var asset = await assets.CreateAsync(org.Id, req.ToPatch(), AssetSources.Api, ct);
        await Send.CreatedAsync(asset.Id, asset.ToResponse(), ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

public sealed class DeleteInterfaceRequest
{
    [RouteParam] public Guid AssetId { get; set; }
    [RouteParam] public Guid InterfaceId { get; set; }
}

/// <summary>Removes an interface from an asset.</summary>
public sealed class DeleteInterfaceEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteInterfaceRequest>
{
    public override void Configure()
    {
        Delete("assets/{assetId}/interfaces/{interfaceId}");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Remove an interface");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteInterfaceRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.FindInOrgAsync(org.Id, req.AssetId, ct);
        var item = await db.AssetInterfaces.Where(i => i.AssetId == asset.Id).FindInOrgAsync(org.Id, req.InterfaceId, ct);
        HttpContext.CheckIfMatch(item);
        db.AssetInterfaces.Remove(item);
        // The asset's MAC addresses follow its interfaces: one only this interface had goes with it.
        if (item.MacAddress is { } mac && !await db.AssetInterfaces.AnyAsync(i => i.AssetId == asset.Id && i.Id != item.Id && i.MacAddress == mac, ct))
            asset.MacAddresses = asset.MacAddresses.Where(m => m != mac).ToList();
        await changes.UpdatedAsync(asset, ct, action: "interface_removed", details: new { @interface = new { item.Id, item.Name, item.MacAddress } }, always: true);
        await Send.NoContentAsync(ct);
    }
}

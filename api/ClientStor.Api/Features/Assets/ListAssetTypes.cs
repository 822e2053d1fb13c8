
namespace ClientStor.Api.Features.Assets;

/// <summary>Built-in asset types and the organisation's custom types with their fields.</summary>
public sealed class ListAssetTypesEndpoint(ClientStorDbContext db, CurrentOrg org) : EndpointWithoutRequest<List<AssetTypeResponse>>
{
    public override void Configure()
    {
        Get("asset-types");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "List asset types");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var custom = await db.CustomAssetTypes.AsNoTracking().Where(t => t.OrgId == org.Id).OrderBy(t => t.Name).ToListAsync(ct);
        await Send.OkAsync(AssetTypes.BuiltIn.Select(AssetMapper.BuiltInType).Concat(custom.Select(AssetMapper.ToResponse)).ToList(), ct);
    }
}

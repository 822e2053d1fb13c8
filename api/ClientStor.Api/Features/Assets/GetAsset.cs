using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Features.Racks;

namespace ClientStor.Api.Features.Assets;

public sealed class GetAssetRequest
{
    [RouteParam] public Guid AssetId { get; set; }
}

/// <summary>One asset with its interfaces, relations, IP addresses, rack position, credentials and contacts.</summary>
public sealed class GetAssetEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<GetAssetRequest, AssetDetailResponse>
{
    public override void Configure()
    {
        Get("assets/{assetId}");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s =>
        {
            s.Summary = "Get an asset with interfaces, relations, IPs, rack position, credentials and contacts";
            s.Description = "Needs assets.read. The linked credentials (metadata only, never a secret) also need vault.read and are null " +
                "without it; showing them is recorded in the audit log like a vault listing.";
        });
    }

    public override async Task HandleAsync(GetAssetRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.AsNoTracking().Include(a => a.Interfaces).FindInOrgAsync(org.Id, req.AssetId, ct);
        var relations = await db.AssetRelations.AsNoTracking().Where(r => r.FromAssetId == asset.Id || r.ToAssetId == asset.Id)
            .Select(r => new RelationResponse
            {
                Id = r.Id, Kind = r.Kind, Direction = r.FromAssetId == asset.Id ? "outgoing" : "incoming",
                OtherAssetId = r.FromAssetId == asset.Id ? r.ToAssetId : r.FromAssetId,
                OtherAssetName = db.Set<Asset>().Where(a => a.Id == (r.FromAssetId == asset.Id ? r.ToAssetId : r.FromAssetId)).Select(a => a.Name).First(),
                Etag = Platform.Http.ETags.For(r.Version),
            }).ToListAsync(ct);
        var ips = (await db.IpAddresses.AsNoTracking().Where(i => i.AssetId == asset.Id).ToListAsync(ct))
            .OrderBy(i => i.Address.AddressFamily).ThenBy(i => i.Address.ToString(), StringComparer.Ordinal)
            .Select(i => new AssetIpResponse { Id = i.Id, Address = i.Address.ToString(), SubnetId = i.SubnetId, Status = i.Status, Hostname = i.Hostname, InterfaceId = i.InterfaceId })
            .ToList();
        var rack = await db.RackPlacements.AsNoTracking().Where(p => p.AssetId == asset.Id)
            .Join(db.Racks, p => p.RackId, r => r.Id, (p, r) => new AssetRackResponse
            {
                RackId = r.Id, RackName = r.Name, PlacementId = p.Id, PositionU = p.PositionU, HeightU = p.HeightU, Face = p.Face,
            }).FirstOrDefaultAsync(ct);
        var credentials = org.Permissions.Contains("vault.read") ? await AssetRelatedItems.CredentialsAsync(db, org.Id, asset.Id, ct) : null;
        if (credentials is { Count: > 0 })
            // Credential metadata read from the vault is recorded, as the vault's own list records it.
            await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.listed")
            {
                OrgId = org.Id, TargetType = "credential", Details = new { count = credentials.Count, assetId = asset.Id, source = "asset" },
            }, ct);
        var response = asset.ToResponse();
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(new AssetDetailResponse
        {
            Asset = response, Interfaces = asset.Interfaces.OrderBy(i => i.Name).Select(AssetMapper.ToResponse).ToList(), Relations = relations,
            IpAddresses = ips, Rack = rack, Credentials = credentials, Contacts = await AssetRelatedItems.ContactsAsync(db, asset, ct),
        }, ct);
    }
}

using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Assets;

public sealed class DeleteAssetTypeRequest
{
    [RouteParam] public Guid TypeId { get; set; }
}

/// <summary>Deletes a custom asset type no asset uses (409 otherwise).</summary>
public sealed class DeleteAssetTypeEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteAssetTypeRequest>
{
    public override void Configure()
    {
        Delete("asset-types/{typeId}");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Delete a custom asset type");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(DeleteAssetTypeRequest req, CancellationToken ct)
    {
        var type = await db.CustomAssetTypes.FindInOrgAsync(org.Id, req.TypeId, ct);
        HttpContext.CheckIfMatch(type);
        var used = await db.Assets.CountAsync(a => a.OrgId == org.Id && a.Type == type.Key, ct);
        if (used > 0)
            throw new ConflictException($"{used} asset(s) have this type; change or delete them first.");
        await changes.DeletedAsync(type, ct);
        await Send.NoContentAsync(ct);
    }
}

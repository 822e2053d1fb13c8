
namespace ClientStor.Api.Features.Assets;

public sealed class SaveInterfaceRequest
{
    [RouteParam] public Guid AssetId { get; set; }
    public string Name { get; set; } = "";
    public string? MacAddress { get; set; }
    public string? Description { get; set; }
}

internal sealed class SaveInterfaceValidator : Validator<SaveInterfaceRequest>
{
    public SaveInterfaceValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the interface (e.g. eth0, Gi1/0/1).").MaximumLength(100);
        RuleFor(x => x.MacAddress).Must(m => string.IsNullOrWhiteSpace(m) || AssetTypes.NormalizeMac(m) is not null).WithMessage("Not a MAC address (aa:bb:cc:dd:ee:ff).");
        RuleFor(x => x.Description).MaximumLength(500);
    }
}

/// <summary>Adds a network interface to an asset (its MAC joins the asset's MAC addresses).</summary>
public sealed class CreateInterfaceEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<SaveInterfaceRequest, InterfaceResponse>
{
    public override void Configure()
    {
        Post("assets/{assetId}/interfaces");
        Group<AssetsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Add an interface to an asset");
        Description(b => b.Produces<InterfaceResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SaveInterfaceRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.Include(a => a.Interfaces).FindInOrgAsync(org.Id, req.AssetId, ct);
        var name = req.Name.Trim();
        if (asset.Interfaces.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new ConflictException($"The asset already has an interface named '{name}'.", "name");
        var item = new AssetInterface
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, AssetId = asset.Id, Name = name, MacAddress = AssetTypes.NormalizeMac(req.MacAddress),
            Description = req.Description?.Trim(),
        };
        db.AssetInterfaces.Add(item);
        if (item.MacAddress is { } mac && !asset.MacAddresses.Contains(mac))
            asset.MacAddresses = [.. asset.MacAddresses, mac];
        await changes.UpdatedAsync(asset, ct, action: "interface_added", details: new { @interface = new { item.Id, item.Name, item.MacAddress } }, always: true);
        await Send.CreatedAsync(item.Id, item.ToResponse(), ct);
    }
}

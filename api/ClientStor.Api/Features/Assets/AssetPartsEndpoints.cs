using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Assets;

public sealed class AssetTypeResponse
{
    /// <summary>Null for built-in types.</summary>
    public required Guid? Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required bool BuiltIn { get; set; }
    public required IReadOnlyList<CustomFieldDefinition> Fields { get; set; }
}

public sealed class OrgAssetsRequest
{
    [RouteParam] public Guid OrgId { get; set; }
}

/// <summary>Built-in asset types and the organisation's custom types with their fields.</summary>
public sealed class ListAssetTypesEndpoint(ClientStorDbContext db) : Endpoint<OrgAssetsRequest, List<AssetTypeResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/asset-types");
        this.RequireOrgPermission("assets.read");
        Tags("Assets");
        Summary(s => s.Summary = "List asset types");
    }

    public override async Task HandleAsync(OrgAssetsRequest req, CancellationToken ct)
    {
        var custom = await db.CustomAssetTypes.AsNoTracking().Where(t => t.OrgId == req.OrgId).OrderBy(t => t.Name).ToListAsync(ct);
        await Send.OkAsync(AssetTypes.BuiltIn.Select(k => new AssetTypeResponse { Id = null, Key = k, Name = k, BuiltIn = true, Fields = [] })
            .Concat(custom.Select(t => new AssetTypeResponse { Id = t.Id, Key = t.Key, Name = t.Name, BuiltIn = false, Fields = t.Fields })).ToList(), ct);
    }
}

public sealed class CreateAssetTypeRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Lower-case letters, digits and hyphens (<c>cctv-camera</c>); must not be a built-in key.</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public List<CustomFieldDefinition> Fields { get; set; } = [];
}

internal sealed class CreateAssetTypeValidator : Validator<CreateAssetTypeRequest>
{
    public CreateAssetTypeValidator()
    {
        RuleFor(x => x.Key).Matches(AssetTypes.KeyPattern()).WithMessage("The key may contain lower-case letters, digits and single hyphens.")
            .MaximumLength(64).Must(k => !AssetTypes.BuiltIn.Contains(k)).WithMessage("That key is a built-in type.");
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the type a name.").MaximumLength(100);
        RuleFor(x => x.Fields).Must(f => f.Count <= 50).WithMessage("At most 50 fields.")
            .Must(f => f.Select(x => x.Key).Distinct().Count() == f.Count).WithMessage("Field keys must be unique.");
        RuleForEach(x => x.Fields).ChildRules(f =>
        {
            f.RuleFor(x => x.Key).Matches(AssetTypes.FieldKeyPattern()).WithMessage("Field keys start with a letter and use letters, digits and '_'.");
            f.RuleFor(x => x.Label).NotEmpty().MaximumLength(100);
            f.RuleFor(x => x.Type).Must(t => AssetTypes.FieldTypes.Contains(t)).WithMessage($"Field type must be one of: {string.Join(", ", AssetTypes.FieldTypes)}.");
            f.RuleFor(x => x.Options).Must((x, o) => x.Type != "select" || o.Count is > 0 and <= 100).WithMessage("A select field needs 1 to 100 options.");
        });
    }
}

/// <summary>Creates a custom asset type with custom fields.</summary>
public sealed class CreateAssetTypeEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreateAssetTypeRequest, AssetTypeResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/asset-types");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Create a custom asset type");
        Description(b => b.Produces<AssetTypeResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateAssetTypeRequest req, CancellationToken ct)
    {
        if (await db.CustomAssetTypes.AnyAsync(t => t.OrgId == req.OrgId && t.Key == req.Key, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"A custom type with key '{req.Key}' already exists.", "key"));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var type = new CustomAssetType { Id = Guid.CreateVersion7(), OrgId = req.OrgId, Key = req.Key, Name = req.Name.Trim(), Fields = req.Fields, CreatedAt = now, UpdatedAt = now };
        db.CustomAssetTypes.Add(type);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset_type.created")
        {
            OrgId = req.OrgId, TargetType = "asset_type", TargetId = type.Id.ToString(), Details = new { type.Key, type.Name, fields = type.Fields.Select(f => new { f.Key, f.Type, f.Required }) },
        }, ct);
        await Send.ResponseAsync(new AssetTypeResponse { Id = type.Id, Key = type.Key, Name = type.Name, BuiltIn = false, Fields = type.Fields }, 201, ct);
    }
}

public sealed class AssetTypeRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid TypeId { get; set; }
}

/// <summary>Deletes a custom asset type no asset uses (409 otherwise).</summary>
public sealed class DeleteAssetTypeEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<AssetTypeRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/asset-types/{typeId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Delete a custom asset type");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(AssetTypeRequest req, CancellationToken ct)
    {
        var type = await db.CustomAssetTypes.FirstOrDefaultAsync(t => t.Id == req.TypeId && t.OrgId == req.OrgId, ct);
        if (type is null)
        {
            await Send.ResultAsync(Problems.NotFound("The asset type"));
            return;
        }
        var used = await db.Assets.CountAsync(a => a.OrgId == req.OrgId && a.Type == type.Key, ct);
        if (used > 0)
        {
            await Send.ResultAsync(Problems.Conflict($"{used} asset(s) have this type; change or delete them first."));
            return;
        }
        db.CustomAssetTypes.Remove(type);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset_type.deleted")
        {
            OrgId = req.OrgId, TargetType = "asset_type", TargetId = type.Id.ToString(), Details = new { type.Key, type.Name },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

public sealed class SaveInterfaceRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
    public string Name { get; set; } = "";
    public string? MacAddress { get; set; }
    public string? Description { get; set; }
}

internal sealed class SaveInterfaceValidator : Validator<SaveInterfaceRequest>
{
    public SaveInterfaceValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the interface (e.g. eth0, Gi1/0/1).").MaximumLength(100);
        RuleFor(x => x.MacAddress).Must(m => string.IsNullOrWhiteSpace(m) || AssetTypes.NormalizeMac(m) is not null).WithMessage("Not a MAC address (aa:bb:cc:dd:ee:ff).");
        RuleFor(x => x.Description).MaximumLength(500);
    }
}

/// <summary>Adds a network interface to an asset.</summary>
public sealed class CreateInterfaceEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveInterfaceRequest, InterfaceResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/assets/{assetId}/interfaces");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Add an interface to an asset");
        Description(b => b.Produces<InterfaceResponse>(201).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(SaveInterfaceRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.Include(a => a.Interfaces).FirstOrDefaultAsync(a => a.Id == req.AssetId && a.OrgId == req.OrgId, ct);
        if (asset is null)
        {
            await Send.ResultAsync(Problems.NotFound("The asset"));
            return;
        }
        var name = req.Name.Trim();
        if (asset.Interfaces.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            await Send.ResultAsync(Problems.Conflict($"The asset already has an interface named '{name}'.", "name"));
            return;
        }
        var item = new AssetInterface { Id = Guid.CreateVersion7(), OrgId = req.OrgId, AssetId = asset.Id, Name = name, MacAddress = AssetTypes.NormalizeMac(req.MacAddress), Description = req.Description?.Trim() };
        asset.Interfaces.Add(item);
        db.AssetInterfaces.Add(item);
        if (item.MacAddress is { } mac && !asset.MacAddresses.Contains(mac))
            asset.MacAddresses = [.. asset.MacAddresses, mac];
        asset.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.interface_added")
        {
            OrgId = req.OrgId, TargetType = "asset", TargetId = asset.Id.ToString(), Details = new { item.Name, item.MacAddress },
        }, ct);
        await Send.ResponseAsync(InterfaceResponse.From(item), 201, ct);
    }
}

public sealed class InterfaceRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
    [RouteParam] public Guid InterfaceId { get; set; }
}

/// <summary>Removes an interface from an asset.</summary>
public sealed class DeleteInterfaceEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<InterfaceRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/assets/{assetId}/interfaces/{interfaceId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Remove an interface");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(InterfaceRequest req, CancellationToken ct)
    {
        var item = await db.AssetInterfaces.FirstOrDefaultAsync(i => i.Id == req.InterfaceId && i.AssetId == req.AssetId && i.OrgId == req.OrgId, ct);
        if (item is null)
        {
            await Send.ResultAsync(Problems.NotFound("The interface"));
            return;
        }
        db.AssetInterfaces.Remove(item);
        await db.Assets.Where(a => a.Id == req.AssetId).ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedAt, DateTimeOffset.UtcNow), ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.interface_removed")
        {
            OrgId = req.OrgId, TargetType = "asset", TargetId = req.AssetId.ToString(), Details = new { item.Name, item.MacAddress },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

public sealed class CreateRelationRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
    public Guid ToAssetId { get; set; }
    /// <summary><c>connected-to</c>, <c>depends-on</c>, <c>runs-on</c>, <c>backs-up</c>, <c>member-of</c> or <c>powered-by</c>.</summary>
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
public sealed class CreateRelationEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreateRelationRequest, RelationResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/assets/{assetId}/relations");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Relate two assets");
        Description(b => b.Produces<RelationResponse>(201).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(CreateRelationRequest req, CancellationToken ct)
    {
        var names = await db.Assets.Where(a => a.OrgId == req.OrgId && (a.Id == req.AssetId || a.Id == req.ToAssetId)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        if (!names.ContainsKey(req.AssetId))
        {
            await Send.ResultAsync(Problems.NotFound("The asset"));
            return;
        }
        if (!names.TryGetValue(req.ToAssetId, out var toName))
        {
            await Send.ResultAsync(Problems.Validation("toAssetId", "No asset with this id in this organisation."));
            return;
        }
        if (await db.AssetRelations.AnyAsync(r => r.FromAssetId == req.AssetId && r.ToAssetId == req.ToAssetId && r.Kind == req.Kind, ct))
        {
            await Send.ResultAsync(Problems.Conflict("This relation already exists."));
            return;
        }
        var relation = new AssetRelation { Id = Guid.CreateVersion7(), OrgId = req.OrgId, FromAssetId = req.AssetId, ToAssetId = req.ToAssetId, Kind = req.Kind, CreatedAt = DateTimeOffset.UtcNow };
        db.AssetRelations.Add(relation);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.related")
        {
            OrgId = req.OrgId, TargetType = "asset", TargetId = req.AssetId.ToString(), Details = new { relation.Kind, to = req.ToAssetId, toName },
        }, ct);
        await Send.ResponseAsync(new RelationResponse { Id = relation.Id, Kind = relation.Kind, Direction = "outgoing", OtherAssetId = req.ToAssetId, OtherAssetName = toName }, 201, ct);
    }
}

public sealed class RelationRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
    [RouteParam] public Guid RelationId { get; set; }
}

/// <summary>Removes a relation (from either of its assets).</summary>
public sealed class DeleteRelationEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<RelationRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/assets/{assetId}/relations/{relationId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Remove a relation");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(RelationRequest req, CancellationToken ct)
    {
        var relation = await db.AssetRelations.FirstOrDefaultAsync(r => r.Id == req.RelationId && r.OrgId == req.OrgId
            && (r.FromAssetId == req.AssetId || r.ToAssetId == req.AssetId), ct);
        if (relation is null)
        {
            await Send.ResultAsync(Problems.NotFound("The relation"));
            return;
        }
        db.AssetRelations.Remove(relation);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.unrelated")
        {
            OrgId = req.OrgId, TargetType = "asset", TargetId = relation.FromAssetId.ToString(), Details = new { relation.Kind, to = relation.ToAssetId },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

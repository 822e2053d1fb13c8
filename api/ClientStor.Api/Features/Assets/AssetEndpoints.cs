using System.Text.Json;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Assets;

public sealed class AssetResponse
{
    public required Guid Id { get; set; }
    public required Guid OrgId { get; set; }
    public required string Type { get; set; }
    public required string Name { get; set; }
    public required string? Serial { get; set; }
    public required string? Manufacturer { get; set; }
    public required string? Model { get; set; }
    public required string Status { get; set; }
    public required Guid? LocationId { get; set; }
    public required Guid? ContactId { get; set; }
    public required DateOnly? PurchaseDate { get; set; }
    public required DateOnly? WarrantyExpires { get; set; }
    public required string? Notes { get; set; }
    public required IReadOnlyList<string> Tags { get; set; }
    public required IReadOnlyList<string> MacAddresses { get; set; }
    /// <summary>Custom field values of the asset's custom type, by field key.</summary>
    public required JsonElement? CustomFields { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }

    public static AssetResponse From(Asset a) => new()
    {
        Id = a.Id, OrgId = a.OrgId, Type = a.Type, Name = a.Name, Serial = a.Serial, Manufacturer = a.Manufacturer, Model = a.Model,
        Status = a.Status, LocationId = a.LocationId, ContactId = a.ContactId, PurchaseDate = a.PurchaseDate, WarrantyExpires = a.WarrantyExpires,
        Notes = a.Notes, Tags = a.Tags, MacAddresses = a.MacAddresses, CustomFields = a.CustomFields?.RootElement.Clone(),
        CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt, Etag = ETags.For(a.Version),
    };

    public static object Audited(Asset a) => new
    {
        a.Type, a.Name, a.Serial, a.Manufacturer, a.Model, a.Status, a.LocationId, a.ContactId, a.PurchaseDate, a.WarrantyExpires,
        a.Tags, a.MacAddresses, customFields = a.CustomFields?.RootElement.Clone(),
    };
}

internal static class AssetSorts
{
    public static readonly SortCatalog<Asset> Catalog = new("name",
        new SortKey<Asset, string>("name", a => a.Name, a => a.Id),
        new SortKey<Asset, DateTimeOffset>("updatedAt", a => a.UpdatedAt, a => a.Id),
        new SortKey<Asset, DateTimeOffset>("createdAt", a => a.CreatedAt, a => a.Id));
}

public sealed class ListAssetsRequest : IListRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default), <c>updatedAt</c> or <c>createdAt</c>; <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches name, serial, manufacturer, model or a MAC address.</summary>
    [QueryParam] public string? Q { get; set; }
    [QueryParam] public string? Type { get; set; }
    [QueryParam] public string? Status { get; set; }
    [QueryParam] public Guid? LocationId { get; set; }
    [QueryParam] public string? Tag { get; set; }
    /// <summary>Warranty ends before this date (YYYY-MM-DD).</summary>
    [QueryParam] public DateOnly? WarrantyBefore { get; set; }
    /// <summary>Changed at or after this time: for incremental pulls (sort=updatedAt).</summary>
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

internal sealed class ListAssetsValidator : Validator<ListAssetsRequest>
{
    public ListAssetsValidator()
    {
        AssetSorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Status).Must(s => s is null || AssetTypes.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", AssetTypes.Statuses)}.");
        RuleFor(x => x.Type).MaximumLength(64);
        RuleFor(x => x.Tag).MaximumLength(50);
    }
}

/// <summary>The organisation's assets with filters, search and keyset paging.</summary>
public sealed class ListAssetsEndpoint(ClientStorDbContext db) : Endpoint<ListAssetsRequest, Page<AssetResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/assets");
        this.RequireOrgPermission("assets.read");
        Tags("Assets");
        Summary(s => s.Summary = "List assets");
    }

    public override async Task HandleAsync(ListAssetsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AssetSorts.Catalog.PageAsync(AssetQuery.Filter(db.Assets.AsNoTracking().Where(a => a.OrgId == req.OrgId), req), req, AssetResponse.From, ct), ct);
}

internal static class AssetQuery
{
    /// <summary>The database-computed search column (shadow property <c>search_text</c>, see the asset configuration).</summary>
    public const string SearchText = "SearchText";

    public static IQueryable<Asset> Filter(IQueryable<Asset> query, ListAssetsRequest req)
    {
        if (!string.IsNullOrWhiteSpace(req.Type)) query = query.Where(a => a.Type == req.Type);
        if (!string.IsNullOrWhiteSpace(req.Status)) query = query.Where(a => a.Status == req.Status);
        if (req.LocationId is { } location) query = query.Where(a => a.LocationId == location);
        if (!string.IsNullOrWhiteSpace(req.Tag)) query = query.Where(a => a.Tags.Contains(req.Tag.Trim()));
        if (req.WarrantyBefore is { } before) query = query.Where(a => a.WarrantyExpires < before);
        if (req.UpdatedSince is { } since) query = query.Where(a => a.UpdatedAt >= since.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var q = req.Q.Trim();
            // PostgreSQL's LIKE escapes with a backslash by default, as Like.Escape does
            var p = "%" + Like.Escape(q.ToLowerInvariant()) + "%";
            var mac = AssetTypes.NormalizeMac(q);
            query = query.Where(a => EF.Functions.Like(EF.Property<string>(a, SearchText), p) || (mac != null && a.MacAddresses.Contains(mac)));
        }
        return query;
    }
}

/// <summary>Fields of create and update; on update, omitted (null) fields stay as they are.</summary>
public abstract class AssetFields
{
    public string? Serial { get; set; }
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    /// <summary><c>planned</c>, <c>active</c> (default), <c>in-repair</c>, <c>spare</c> or <c>retired</c>.</summary>
    public string? Status { get; set; }
    public Guid? LocationId { get; set; }
    /// <summary>The contact the asset is assigned to.</summary>
    public Guid? ContactId { get; set; }
    public DateOnly? PurchaseDate { get; set; }
    public DateOnly? WarrantyExpires { get; set; }
    public string? Notes { get; set; }
    public List<string>? Tags { get; set; }
    /// <summary>Any common notation (aa:bb:…, AA-BB-…, aabb.ccdd.eeff); stored as aa:bb:cc:dd:ee:ff.</summary>
    public List<string>? MacAddresses { get; set; }
    /// <summary>Values for the custom type's fields, by key (validated against the type).</summary>
    public Dictionary<string, JsonElement>? CustomFields { get; set; }
}

internal static class AssetRules
{
    public static void Add<T>(AbstractValidator<T> v) where T : AssetFields
    {
        v.RuleFor(x => x.Serial).MaximumLength(200);
        v.RuleFor(x => x.Manufacturer).MaximumLength(200);
        v.RuleFor(x => x.Model).MaximumLength(200);
        v.RuleFor(x => x.Notes).MaximumLength(20_000);
        v.RuleFor(x => x.Status).Must(s => s is null || AssetTypes.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", AssetTypes.Statuses)}.");
        v.RuleFor(x => x.Tags).Must(t => t is null || t.Count <= 30 && t.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= 50))
            .WithMessage("Up to 30 tags of 1 to 50 characters.");
        v.RuleForEach(x => x.MacAddresses).Must(m => AssetTypes.NormalizeMac(m) is not null)
            .WithMessage((_, m) => $"'{m}' is not a MAC address (aa:bb:cc:dd:ee:ff).");
        v.RuleFor(x => x).Must(x => x.PurchaseDate is null || x.WarrantyExpires is null || x.WarrantyExpires >= x.PurchaseDate)
            .WithName("warrantyExpires").WithMessage("The warranty cannot end before the purchase date.");
    }
}

public sealed class CreateAssetRequest : AssetFields
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>A built-in type (workstation, server, laptop, switch, router, firewall, access-point, printer, phone, ups, other) or a custom type key.</summary>
    public string Type { get; set; } = "";
    public string Name { get; set; } = "";
}

internal sealed class CreateAssetValidator : Validator<CreateAssetRequest>
{
    public CreateAssetValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the asset a name.").MaximumLength(200);
        RuleFor(x => x.Type).NotEmpty().WithMessage("Choose the asset type.").MaximumLength(64);
        AssetRules.Add(this);
    }
}

/// <summary>Creates an asset.</summary>
public sealed class CreateAssetEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreateAssetRequest, AssetResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/assets");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Create an asset");
        Description(b => b.Produces<AssetResponse>(201));
    }

    public override async Task HandleAsync(CreateAssetRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var asset = new Asset { Id = Guid.CreateVersion7(), OrgId = req.OrgId, Type = req.Type.Trim(), Name = req.Name.Trim(), CreatedAt = now, UpdatedAt = now };
        if (await AssetWrites.ApplyAsync(db, asset, req, req.Type.Trim(), ct) is { Count: > 0 } errors)
        {
            await Send.ResultAsync(Problems.Validation(errors.ToDictionary(e => e.Key, e => new[] { e.Value })));
            return;
        }
        db.Assets.Add(asset);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.created")
        {
            OrgId = req.OrgId, TargetType = "asset", TargetId = asset.Id.ToString(), Details = new { after = AssetResponse.Audited(asset) },
        }, ct);
        var response = AssetResponse.From(asset);
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/assets/{asset.Id}";
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.ResponseAsync(response, 201, ct);
    }
}

internal static class AssetWrites
{
    /// <summary>Applies the given fields (null = unchanged), checking references and custom fields; returns field errors.</summary>
    public static async Task<Dictionary<string, string>> ApplyAsync(ClientStorDbContext db, Asset asset, AssetFields req, string type, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        CustomAssetType? custom = null;
        if (!AssetTypes.BuiltIn.Contains(type))
        {
            custom = await db.CustomAssetTypes.AsNoTracking().FirstOrDefaultAsync(t => t.OrgId == asset.OrgId && t.Key == type, ct);
            if (custom is null)
                errors["type"] = $"'{type}' is neither a built-in type ({string.Join(", ", AssetTypes.BuiltIn)}) nor one of this organisation's custom types.";
        }
        if (req.LocationId is { } location && !await db.Locations.AnyAsync(l => l.Id == location && l.OrgId == asset.OrgId, ct))
            errors["locationId"] = "No location with this id in this organisation.";
        if (req.ContactId is { } contact && !await db.Contacts.AnyAsync(c => c.Id == contact && c.OrgId == asset.OrgId, ct))
            errors["contactId"] = "No contact with this id in this organisation.";
        // Custom fields: the given values merged over the stored ones (none when the type changes), validated against the type.
        var values = asset.CustomFields is null || type != asset.Type ? new Dictionary<string, JsonElement>()
            : asset.CustomFields.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        foreach (var (key, value) in req.CustomFields ?? [])
            values[key] = value;
        Dictionary<string, object?> normalized = [];
        if (custom is not null)
            foreach (var (k, v) in AssetTypes.Validate(custom.Fields, values, out normalized))
                errors[k] = v;
        else if (values.Count > 0 && !errors.ContainsKey("type"))
            errors["customFields"] = "Built-in asset types have no custom fields; create a custom type for them.";
        if (errors.Count > 0)
            return errors;

        asset.Type = type;
        if (req.Serial is not null) asset.Serial = Blank(req.Serial);
        if (req.Manufacturer is not null) asset.Manufacturer = Blank(req.Manufacturer);
        if (req.Model is not null) asset.Model = Blank(req.Model);
        if (req.Status is not null) asset.Status = req.Status;
        if (req.LocationId is not null) asset.LocationId = req.LocationId;
        if (req.ContactId is not null) asset.ContactId = req.ContactId;
        if (req.PurchaseDate is not null) asset.PurchaseDate = req.PurchaseDate;
        if (req.WarrantyExpires is not null) asset.WarrantyExpires = req.WarrantyExpires;
        if (req.Notes is not null) asset.Notes = Blank(req.Notes);
        if (req.Tags is not null) asset.Tags = req.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Order().ToList();
        if (req.MacAddresses is not null) asset.MacAddresses = req.MacAddresses.Select(m => AssetTypes.NormalizeMac(m)!).Distinct().ToList();
        var json = normalized.Count == 0 ? null : JsonSerializer.Serialize(normalized);
        if (json != asset.CustomFields?.RootElement.GetRawText())
            asset.CustomFields = json is null ? null : JsonDocument.Parse(json);
        return errors;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class AssetRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
}

public sealed class AssetDetailResponse
{
    public required AssetResponse Asset { get; set; }
    public required IReadOnlyList<InterfaceResponse> Interfaces { get; set; }
    public required IReadOnlyList<RelationResponse> Relations { get; set; }
    /// <summary>IP addresses documented for this asset.</summary>
    public required IReadOnlyList<AssetIpResponse> IpAddresses { get; set; }
    /// <summary>Where the asset is mounted, if it is.</summary>
    public required AssetRackResponse? Rack { get; set; }
}

public sealed class AssetIpResponse
{
    public required Guid Id { get; set; }
    public required string Address { get; set; }
    public required Guid SubnetId { get; set; }
    public required string Status { get; set; }
    public required string? Hostname { get; set; }
    public required Guid? InterfaceId { get; set; }
}

public sealed class AssetRackResponse
{
    public required Guid RackId { get; set; }
    public required string RackName { get; set; }
    public required Guid PlacementId { get; set; }
    public required int PositionU { get; set; }
    public required int HeightU { get; set; }
    public required string Face { get; set; }
}

public sealed class InterfaceResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? MacAddress { get; set; }
    public required string? Description { get; set; }

    public static InterfaceResponse From(AssetInterface i) => new() { Id = i.Id, Name = i.Name, MacAddress = i.MacAddress, Description = i.Description };
}

public sealed class RelationResponse
{
    public required Guid Id { get; set; }
    public required string Kind { get; set; }
    /// <summary><c>outgoing</c> (this asset → other) or <c>incoming</c>.</summary>
    public required string Direction { get; set; }
    public required Guid OtherAssetId { get; set; }
    public required string OtherAssetName { get; set; }
}

/// <summary>One asset with its interfaces, relations, IP addresses and rack position.</summary>
public sealed class GetAssetEndpoint(ClientStorDbContext db) : Endpoint<AssetRequest, AssetDetailResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/assets/{assetId}");
        this.RequireOrgPermission("assets.read");
        Tags("Assets");
        Summary(s => s.Summary = "Get an asset with interfaces, relations, IPs and rack position");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(AssetRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.AsNoTracking().Include(a => a.Interfaces).FirstOrDefaultAsync(a => a.Id == req.AssetId && a.OrgId == req.OrgId, ct);
        if (asset is null)
        {
            await Send.ResultAsync(Problems.NotFound("The asset"));
            return;
        }
        var relations = await db.AssetRelations.AsNoTracking().Where(r => r.FromAssetId == asset.Id || r.ToAssetId == asset.Id)
            .Select(r => new RelationResponse
            {
                Id = r.Id, Kind = r.Kind, Direction = r.FromAssetId == asset.Id ? "outgoing" : "incoming",
                OtherAssetId = r.FromAssetId == asset.Id ? r.ToAssetId : r.FromAssetId,
                OtherAssetName = db.Assets.Where(a => a.Id == (r.FromAssetId == asset.Id ? r.ToAssetId : r.FromAssetId)).Select(a => a.Name).First(),
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
        var response = AssetResponse.From(asset);
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(new AssetDetailResponse
        {
            Asset = response, Interfaces = asset.Interfaces.OrderBy(i => i.Name).Select(InterfaceResponse.From).ToList(), Relations = relations,
            IpAddresses = ips, Rack = rack,
        }, ct);
    }
}

public sealed class UpdateAssetRequest : AssetFields
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
    /// <summary>The etag you read; refused with 412 if the asset changed since.</summary>
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
    public string? Type { get; set; }
    public string? Name { get; set; }
    /// <summary>Fields to empty (null means "unchanged" elsewhere): <c>locationId</c>, <c>contactId</c>, <c>purchaseDate</c>, <c>warrantyExpires</c>, <c>serial</c>, <c>manufacturer</c>, <c>model</c>, <c>notes</c>.</summary>
    public List<string>? Clear { get; set; }
}

internal sealed class UpdateAssetValidator : Validator<UpdateAssetRequest>
{
    public UpdateAssetValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("The name cannot be empty.").MaximumLength(200).When(x => x.Name is not null);
        RuleForEach(x => x.Clear).Must(f => Clearable.Contains(f)).WithMessage((_, f) => $"'{f}' cannot be cleared; clearable: {string.Join(", ", Clearable)}.");
        AssetRules.Add(this);
    }

    internal static readonly string[] Clearable = ["locationId", "contactId", "purchaseDate", "warrantyExpires", "serial", "manufacturer", "model", "notes"];
}

/// <summary>Partial update of an asset (If-Match supported); the audit row holds before and after.</summary>
public sealed class UpdateAssetEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<UpdateAssetRequest, AssetResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/assets/{assetId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Update an asset");
        Description(b => b.WithMetadata(new ProblemResponses(404, 412)));
    }

    public override async Task HandleAsync(UpdateAssetRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.FirstOrDefaultAsync(a => a.Id == req.AssetId && a.OrgId == req.OrgId, ct);
        if (asset is null)
        {
            await Send.ResultAsync(Problems.NotFound("The asset"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, asset.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        var before = AssetResponse.Audited(asset);
        if (await AssetWrites.ApplyAsync(db, asset, req, req.Type?.Trim() ?? asset.Type, ct) is { Count: > 0 } errors)
        {
            await Send.ResultAsync(Problems.Validation(errors.ToDictionary(e => e.Key, e => new[] { e.Value })));
            return;
        }
        if (req.Name is not null) asset.Name = req.Name.Trim();
        foreach (var field in req.Clear ?? [])
            switch (field)
            {
                case "locationId": asset.LocationId = null; break;
                case "contactId": asset.ContactId = null; break;
                case "purchaseDate": asset.PurchaseDate = null; break;
                case "warrantyExpires": asset.WarrantyExpires = null; break;
                case "serial": asset.Serial = null; break;
                case "manufacturer": asset.Manufacturer = null; break;
                case "model": asset.Model = null; break;
                case "notes": asset.Notes = null; break;
            }
        if (db.ChangeTracker.HasChanges())
        {
            asset.UpdatedAt = DateTimeOffset.UtcNow;
            try
            {
                await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.updated")
                {
                    OrgId = req.OrgId, TargetType = "asset", TargetId = asset.Id.ToString(), Details = new { before, after = AssetResponse.Audited(asset) },
                }, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await Send.ResultAsync(Problems.PreconditionFailed());
                return;
            }
        }
        var response = AssetResponse.From(asset);
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(response, ct);
    }
}

public sealed class DeleteAssetRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid AssetId { get; set; }
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
}

/// <summary>Deletes an asset with its interfaces and relations.</summary>
public sealed class DeleteAssetEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<DeleteAssetRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/assets/{assetId}");
        this.RequireOrgPermission("assets.delete");
        Tags("Assets");
        Summary(s => s.Summary = "Delete an asset");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 412)));
    }

    public override async Task HandleAsync(DeleteAssetRequest req, CancellationToken ct)
    {
        var asset = await db.Assets.FirstOrDefaultAsync(a => a.Id == req.AssetId && a.OrgId == req.OrgId, ct);
        if (asset is null)
        {
            await Send.ResultAsync(Problems.NotFound("The asset"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, asset.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        db.Assets.Remove(asset);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "asset.deleted")
        {
            OrgId = req.OrgId, TargetType = "asset", TargetId = asset.Id.ToString(), Details = new { before = AssetResponse.Audited(asset) },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

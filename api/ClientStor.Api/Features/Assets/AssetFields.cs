using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Locations;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Assets;

/// <summary>Fields of create and update; on update, omitted (null) fields stay as they are.</summary>
public abstract class AssetFields
{
    public string? Serial { get; set; }
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    /// <summary><c>planned</c>, <c>active</c> (default), <c>in-repair</c>, <c>spare</c> or <c>retired</c>.</summary>
    [OneOf("AssetStatus", typeof(AssetTypes), nameof(AssetTypes.Statuses))]
    public string? Status { get; set; }
    [References<Location>] public Guid? LocationId { get; set; }
    /// <summary>The contact the asset is assigned to.</summary>
    [References<Contact>] public Guid? ContactId { get; set; }
    public DateOnly? PurchaseDate { get; set; }
    public DateOnly? WarrantyExpires { get; set; }
    public string? Notes { get; set; }
    public List<string>? Tags { get; set; }
    /// <summary>Any common notation (aa:bb:…, AA-BB-…, aabb.ccdd.eeff); stored as aa:bb:cc:dd:ee:ff.</summary>
    public List<string>? MacAddresses { get; set; }
    /// <summary>Values for the custom type's fields, by key (validated against the type).</summary>
    public Dictionary<string, JsonElement>? CustomFields { get; set; }
}

public sealed class CreateAssetRequest : AssetFields
{
    /// <summary>A built-in type (workstation, server, laptop, switch, router, firewall, access-point, printer, phone, ups, other) or a custom type key.</summary>
    [Required] public string Type { get; set; } = "";
    [Required] public string Name { get; set; } = "";
}

public sealed class UpdateAssetRequest : AssetFields
{
    [RouteParam] public Guid AssetId { get; set; }
    public string? Type { get; set; }
    public string? Name { get; set; }
    /// <summary>Fields to empty (null means "unchanged" elsewhere): <c>locationId</c>, <c>contactId</c>, <c>purchaseDate</c>, <c>warrantyExpires</c>, <c>serial</c>, <c>manufacturer</c>, <c>model</c>, <c>notes</c>.</summary>
    public List<string>? Clear { get; set; }
}

/// <summary>API requests as the writer's <see cref="AssetPatch"/>.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class AssetRequestMapper
{
    [MapperIgnoreTarget(nameof(AssetPatch.Clear))]
    [MapperIgnoreTarget(nameof(AssetPatch.ReplaceCustomFields))]
    public static partial AssetPatch ToPatch(this CreateAssetRequest request);

    [MapperIgnoreTarget(nameof(AssetPatch.ReplaceCustomFields))]
    public static partial AssetPatch ToPatch(this UpdateAssetRequest request);

    private static IReadOnlyCollection<string> Clear(List<string>? fields) => fields ?? [];
}

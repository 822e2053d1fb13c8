using System.Text.Json;

namespace ClientStor.Api.Features.Assets;

public sealed class AssetResponse : IHasEtag
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
    /// <summary>In lists only (null elsewhere): the lowest IP address documented for the asset in IPAM (IPv4 before IPv6).</summary>
    public string? PrimaryIp { get; set; }
    /// <summary>In lists only (null elsewhere): the hostname of that address, else the first hostname among its addresses.</summary>
    public string? Hostname { get; set; }
}

/// <summary>One asset with what hangs off it.</summary>
public sealed class AssetDetailResponse
{
    public required AssetResponse Asset { get; set; }
    public required IReadOnlyList<InterfaceResponse> Interfaces { get; set; }
    public required IReadOnlyList<RelationResponse> Relations { get; set; }
    /// <summary>IP addresses documented for this asset.</summary>
    public required IReadOnlyList<AssetIpResponse> IpAddresses { get; set; }
    /// <summary>Where the asset is mounted, if it is.</summary>
    public required AssetRackResponse? Rack { get; set; }
    /// <summary>The credentials linked to the asset, pinned first (metadata only, never a secret); null without <c>vault.read</c>.</summary>
    public required IReadOnlyList<AssetCredentialResponse>? Credentials { get; set; }
    /// <summary>The asset's contacts (the person it is assigned to).</summary>
    public required IReadOnlyList<AssetContactResponse> Contacts { get; set; }
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

public sealed class InterfaceResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? MacAddress { get; set; }
    public required string? Description { get; set; }
    public required string Etag { get; set; }
}

public sealed class RelationResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Kind { get; set; }
    /// <summary><c>outgoing</c> (this asset → other) or <c>incoming</c>.</summary>
    public required string Direction { get; set; }
    public required Guid OtherAssetId { get; set; }
    public required string OtherAssetName { get; set; }
    public required string Etag { get; set; }
}

public sealed class AssetTypeResponse
{
    /// <summary>Null for built-in types.</summary>
    public required Guid? Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required bool BuiltIn { get; set; }
    public required IReadOnlyList<CustomFieldDefinition> Fields { get; set; }
    /// <summary>Null for built-in types (they cannot be changed).</summary>
    public required string? Etag { get; set; }
}

using System.Text.Json;
using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Assets;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class AssetMapper
{
    [MapProperty(nameof(Asset.Version), nameof(AssetResponse.Etag))]
    [MapperIgnoreTarget(nameof(AssetResponse.PrimaryIp))]
    [MapperIgnoreTarget(nameof(AssetResponse.Hostname))]
    public static partial AssetResponse ToResponse(this Asset asset);

    [MapProperty(nameof(AssetInterface.Version), nameof(InterfaceResponse.Etag))]
    public static partial InterfaceResponse ToResponse(this AssetInterface item);

    [MapProperty(nameof(CustomAssetType.Version), nameof(AssetTypeResponse.Etag))]
    [MapValue(nameof(AssetTypeResponse.BuiltIn), false)]
    public static partial AssetTypeResponse ToResponse(this CustomAssetType type);

    public static AssetTypeResponse BuiltInType(string key) => new() { Id = null, Key = key, Name = key, BuiltIn = true, Fields = [], Etag = null };

    private static JsonElement? CustomFields(JsonDocument? document) => document?.RootElement.Clone();
}

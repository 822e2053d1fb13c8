using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Ipam;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class IpamMapper
{
    [MapProperty(nameof(Vlan.Version), nameof(VlanResponse.Etag))]
    public static partial VlanResponse ToResponse(this Vlan vlan);

    [MapProperty(nameof(IpAddressRecord.Version), nameof(IpAddressResponse.Etag))]
    public static partial IpAddressResponse ToResponse(this IpAddressRecord record);

    /// <summary>The request as a change for <see cref="IpAddressWriter"/> (the route id is not part of it).</summary>
    public static partial IpAddressPatch ToPatch(this IpAddressFields request);

    private static IReadOnlyCollection<string> Clear(List<string>? fields) => fields ?? [];
}

using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Orgs;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class OrgMapper
{
    [MapProperty(nameof(Org.Version), nameof(OrgResponse.Etag))]
    public static partial OrgResponse ToResponse(this Org org);

    private static string Status(OrgStatus status) => OrgStatuses.ToApi(status);
}

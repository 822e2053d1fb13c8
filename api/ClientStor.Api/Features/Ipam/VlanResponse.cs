
namespace ClientStor.Api.Features.Ipam;

public sealed class VlanResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required int Vid { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }
    public required string Etag { get; set; }
}


namespace ClientStor.Api.Features.Ipam;

public sealed class IpAddressResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid SubnetId { get; set; }
    public required string Address { get; set; }
    public required string Status { get; set; }
    public required string? Hostname { get; set; }
    public required string? Description { get; set; }
    public required Guid? AssetId { get; set; }
    public required Guid? InterfaceId { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

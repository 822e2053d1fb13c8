
namespace ClientStor.Api.Features.Locations;

public sealed class LocationResponse : IHasEtag
{
    public required Guid Id { get; set; }
    /// <summary><c>site</c> or <c>closet</c>.</summary>
    public required string Kind { get; set; }
    public required Guid? ParentId { get; set; }
    public required string Name { get; set; }
    public required string? Address { get; set; }
    public required string? Notes { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

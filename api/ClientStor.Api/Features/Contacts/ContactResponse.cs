
namespace ClientStor.Api.Features.Contacts;

public sealed class ContactResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Email { get; set; }
    public required string? Phone { get; set; }
    public required string? Role { get; set; }
    public required string? Notes { get; set; }
    /// <summary>A key contact, listed on the organisation's overview.</summary>
    public required bool IsKey { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

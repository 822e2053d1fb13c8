
namespace ClientStor.Api.Features.Roles;

public sealed class RoleResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }
    public required bool IsBuiltIn { get; set; }
    /// <summary>Permission names, sorted.</summary>
    public required IReadOnlyList<string> Permissions { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

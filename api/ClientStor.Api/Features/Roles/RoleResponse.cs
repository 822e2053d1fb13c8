
namespace ClientStor.Api.Features.Roles;

public sealed class RoleResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }
    public required bool IsBuiltIn { get; set; }
    /// <summary>Permission names, sorted.</summary>
    public required IReadOnlyList<string> Permissions { get; set; }
    /// <summary>
    /// Minutes a fresh re-authentication lasts for this role's holders (1–30); null: the platform's default (5 minutes). A
    /// person's window in an organisation is the shortest among all the roles they hold there.
    /// </summary>
    public required int? ReauthWindowMinutes { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

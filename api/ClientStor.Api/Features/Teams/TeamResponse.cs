namespace ClientStor.Api.Features.Teams;

public sealed class TeamResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }
    public required int MemberCount { get; set; }
    public required int GrantCount { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

public sealed class TeamMemberResponse : IHasEtag
{
    public required Guid UserId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required bool IsActive { get; set; }
    public required DateTimeOffset AddedAt { get; set; }
    public required string Etag { get; set; }
}

public sealed class TeamGrantResponse : IHasEtag
{
    public required Guid Id { get; set; }
    /// <summary>The organisation, or null: every organisation, present and future.</summary>
    public required Guid? OrgId { get; set; }
    public required string? OrgName { get; set; }
    public required Guid? PlatformRoleId { get; set; }
    /// <summary>One of the organisation's own roles (a grant in one organisation only).</summary>
    public required Guid? RoleId { get; set; }
    public required string RoleName { get; set; }
    public required IReadOnlyList<string> Permissions { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required string Etag { get; set; }
}

public sealed class PlatformRoleResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }
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

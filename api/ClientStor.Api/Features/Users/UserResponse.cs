
namespace ClientStor.Api.Features.Users;

public sealed class UserResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required bool IsGlobalAdmin { get; set; }
    public required bool IsActive { get; set; }
    /// <summary>Set while the account is locked after too many wrong passwords.</summary>
    public required DateTimeOffset? LockedUntil { get; set; }
    public required bool MustChangePassword { get; set; }
    /// <summary>An administrator requires MFA for this user (the platform setting may require it for everyone).</summary>
    public required bool RequireMfa { get; set; }
    /// <summary>The user has a confirmed authenticator app.</summary>
    public required bool MfaEnabled { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

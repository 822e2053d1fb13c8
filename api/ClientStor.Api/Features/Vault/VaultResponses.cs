
namespace ClientStor.Api.Features.Vault;

/// <summary>A credential's metadata. Secret values are never part of it: <c>secretFields</c> only names them.</summary>
public sealed class CredentialResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required Guid OrgId { get; set; }
    public required Guid? FolderId { get; set; }
    public required string Name { get; set; }
    public required string? Username { get; set; }
    public required string? Url { get; set; }
    public required IReadOnlyList<string> Tags { get; set; }
    public required string? Notes { get; set; }
    /// <summary>The assets of the organisation this credential is linked to.</summary>
    public required IReadOnlyList<Guid> AssetIds { get; set; }
    /// <summary>Shown first on the organisation's overview.</summary>
    public required bool Pinned { get; set; }
    /// <summary>Which secret fields are stored: <c>password</c>, <c>otpSeed</c>, <c>custom:&lt;name&gt;</c>.</summary>
    public required IReadOnlyList<string> SecretFields { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

public sealed class FolderResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required Guid? ParentId { get; set; }
    /// <summary>Credentials directly in this folder.</summary>
    public required int CredentialCount { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}

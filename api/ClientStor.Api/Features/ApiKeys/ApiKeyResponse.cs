
namespace ClientStor.Api.Features.ApiKeys;

public sealed class ApiKeyResponse : IHasEtag
{
    public required Guid Id { get; set; }
    /// <summary>The organisation of an org key; null for a platform key.</summary>
    public required Guid? OrgId { get; set; }
    /// <summary>Platform key bound to every organisation.</summary>
    public required bool AllOrgs { get; set; }
    /// <summary>Platform key bound to these organisations.</summary>
    public required IReadOnlyList<Guid> OrgIds { get; set; }
    public required string Name { get; set; }
    /// <summary>The OAuth client id to use with <c>grant_type=client_credentials</c>.</summary>
    public required string ClientId { get; set; }
    public required IReadOnlyList<string> Scopes { get; set; }
    public required IReadOnlyList<string> AllowedIps { get; set; }
    public required Guid CreatedById { get; set; }
    public required string CreatedByEmail { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset? ExpiresAt { get; set; }
    public required DateTimeOffset? RotatedAt { get; set; }
    public required DateTimeOffset? RevokedAt { get; set; }
    /// <summary>Last request with the key's tokens (updated at most once a minute).</summary>
    public required DateTimeOffset? LastUsedAt { get; set; }
    public required string? LastUsedIp { get; set; }
    /// <summary><c>active</c>, <c>expired</c> or <c>revoked</c>.</summary>
    public required string Status { get; set; }
    /// <summary>Send it as <c>If-Match</c> when revoking. Recording a use of the key (at most once a minute) changes it.</summary>
    public required string Etag { get; set; }
}

/// <summary>A new or rotated key with its secret.</summary>
public sealed class IssuedApiKeyResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string ClientId { get; set; }
    /// <summary>The client secret. Shown only in this response: ClientStor keeps only a hash of it.</summary>
    public required string ClientSecret { get; set; }
    public required ApiKeyResponse Key { get; set; }

    /// <summary>The key's etag, in the <c>ETag</c> header only (the body carries it in <see cref="Key"/>).</summary>
    string IHasEtag.Etag => Key.Etag;
}


namespace ClientStor.Api.Features.Auth;

public sealed class SessionResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset LastSeenAt { get; set; }
    public required DateTimeOffset ExpiresAt { get; set; }
    public required string? Ip { get; set; }
    public required string? UserAgent { get; set; }
    /// <summary>The session this request came from.</summary>
    public required bool Current { get; set; }
    /// <summary>Changes while the session is in use (its last-seen time is kept once a minute).</summary>
    public required string Etag { get; set; }
}

using ClientStor.Api.Features.Users;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Auth;

/// <summary>
/// A person's sign-in, backing the session cookie. Tokens issued through it carry its id (<c>sid</c>),
/// so ending the session stops both the cookie and every token minted from it.
/// </summary>
[Resource("session", AuditCategories.Authentication)]
public sealed class Session : IVersioned
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public User? User { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Last time the person proved it is them (sign-in or step-up re-authentication).</summary>
    public DateTimeOffset ReauthenticatedAt { get; set; }
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    /// <summary>The password was right but the second factor is still owed: such a session cannot obtain tokens.</summary>
    public bool MfaPending { get; set; }
    /// <summary>
    /// PostgreSQL's xmin: the etag. Activity (last seen, step-up) changes it; those writes are single statements, never a
    /// save of a loaded row, so they cannot fail as stale.
    /// </summary>
    public uint Version { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && ExpiresAt > now;
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("sessions");
        b.Property(x => x.Ip).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.UserId);
    }
}

/// <summary>Links a session to the OAuth authorizations minted through it, so ending the session revokes their tokens.</summary>
public sealed class SessionAuthorization
{
    public Guid SessionId { get; set; }
    public string AuthorizationId { get; set; } = "";
}

internal sealed class SessionAuthorizationConfiguration : IEntityTypeConfiguration<SessionAuthorization>
{
    public void Configure(EntityTypeBuilder<SessionAuthorization> b)
    {
        b.ToTable("session_authorizations");
        b.HasKey(x => new { x.SessionId, x.AuthorizationId });
        b.Property(x => x.AuthorizationId).HasMaxLength(100);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

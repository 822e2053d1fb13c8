
namespace ClientStor.Api.Features.Auth;

/// <summary>A person's active sessions, as their own list (<c>/me/sessions</c>) and an administrator's (<c>/users/{id}/sessions</c>).</summary>
public static class SessionList
{
    private static readonly SortCatalog<Session> Catalog = new("-createdAt",
        new SortKey<Session, DateTimeOffset>("createdAt", s => s.CreatedAt, s => s.Id),
        new SortKey<Session, DateTimeOffset>("lastSeenAt", s => s.LastSeenAt, s => s.Id));

    public static void AddListRules<TRequest>(AbstractValidator<TRequest> validator) where TRequest : IListRequest =>
        Catalog.AddListRules(validator);

    /// <summary>Active sessions only: ended, expired and idle ones are gone for good.</summary>
    public static Task<Page<SessionResponse>> PageAsync(ClientStorDbContext db, Guid userId, Guid? current, IListRequest req, TimeSpan idle, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var idleSince = now - idle;
        var query = db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now && s.LastSeenAt > idleSince);
        return Catalog.PageAsync(query, req, s => s.ToResponse(s.Id == current), ct);
    }

    /// <summary>The user's session that has not ended (read for its etag), or <see cref="NotFoundException"/> (404).</summary>
    public static async Task<Session> FindOpenAsync(ClientStorDbContext db, Guid userId, Guid sessionId, CancellationToken ct) =>
        await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null, ct)
        ?? throw new NotFoundException(ResourceInfo.Of<Session>().Title);
}

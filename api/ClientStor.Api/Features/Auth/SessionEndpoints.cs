using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Auth;

public sealed class SessionResponse
{
    public required Guid Id { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset LastSeenAt { get; set; }
    public required DateTimeOffset ExpiresAt { get; set; }
    public required string? Ip { get; set; }
    public required string? UserAgent { get; set; }
    /// <summary>The session this request came from.</summary>
    public required bool Current { get; set; }
}

public sealed class SessionsRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    [QueryParam] public string? Sort { get; set; }
}

public sealed class UserSessionsRequest : IListRequest
{
    [RouteParam] public Guid UserId { get; set; }
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    [QueryParam] public string? Sort { get; set; }
}

internal static class SessionLists
{
    public static readonly SortCatalog<Session> Catalog = new("-createdAt",
        new SortKey<Session, DateTimeOffset>("createdAt", s => s.CreatedAt, s => s.Id),
        new SortKey<Session, DateTimeOffset>("lastSeenAt", s => s.LastSeenAt, s => s.Id));

    /// <summary>Active sessions only: ended, expired and idle ones are gone for good.</summary>
    public static Task<Page<SessionResponse>> PageAsync(ClientStorDbContext db, Guid userId, Guid? current, IListRequest req, TimeSpan idle, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var idleSince = now - idle;
        var query = db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now && s.LastSeenAt > idleSince);
        return Catalog.PageAsync(query, req, s => new SessionResponse
        {
            Id = s.Id, CreatedAt = s.CreatedAt, LastSeenAt = s.LastSeenAt, ExpiresAt = s.ExpiresAt, Ip = s.Ip, UserAgent = s.UserAgent,
            Current = s.Id == current,
        }, ct);
    }
}

internal sealed class SessionsValidator : Validator<SessionsRequest>
{
    public SessionsValidator() => SessionLists.Catalog.AddListRules(this);
}

internal sealed class UserSessionsValidator : Validator<UserSessionsRequest>
{
    public UserSessionsValidator() => SessionLists.Catalog.AddListRules(this);
}

/// <summary>Your active sessions (browsers and devices signed in as you).</summary>
public sealed class ListMySessionsEndpoint(ClientStorDbContext db, CurrentActor actor, Microsoft.Extensions.Options.IOptions<Platform.Configuration.ClientStorOptions> options)
    : Endpoint<SessionsRequest, Page<SessionResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/me/sessions");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "List my active sessions");
    }

    public override async Task HandleAsync(SessionsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await SessionLists.PageAsync(db, actor.UserId!.Value, actor.SessionId, req, options.Value.Auth.IdleTimeout, ct), ct);
}

public sealed class EndMySessionRequest
{
    [RouteParam] public Guid SessionId { get; set; }
}

/// <summary>Ends one of your sessions: its refresh and access tokens stop working at once.</summary>
public sealed class EndMySessionEndpoint(ClientStorDbContext db, CurrentActor actor, Sessions sessions) : Endpoint<EndMySessionRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/me/sessions/{sessionId}");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "End one of my sessions");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(EndMySessionRequest req, CancellationToken ct)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == req.SessionId && s.UserId == actor.UserId && s.EndedAt == null, ct))
        {
            await Send.ResultAsync(Problems.NotFound("The session"));
            return;
        }
        await sessions.EndAsync(req.SessionId, "ended by the user", ct);
        await Send.NoContentAsync(ct);
    }
}

/// <summary>A user's active sessions (platform administration).</summary>
public sealed class ListUserSessionsEndpoint(ClientStorDbContext db, Microsoft.Extensions.Options.IOptions<Platform.Configuration.ClientStorOptions> options)
    : Endpoint<UserSessionsRequest, Page<SessionResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/users/{userId}/sessions");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "List a user's active sessions");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(UserSessionsRequest req, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == req.UserId, ct))
        {
            await Send.ResultAsync(Problems.NotFound("The user"));
            return;
        }
        await Send.OkAsync(await SessionLists.PageAsync(db, req.UserId, null, req, options.Value.Auth.IdleTimeout, ct), ct);
    }
}

public sealed class EndUserSessionRequest
{
    [RouteParam] public Guid UserId { get; set; }
    [RouteParam] public Guid SessionId { get; set; }
}

/// <summary>Ends a user's session (platform administration).</summary>
public sealed class EndUserSessionEndpoint(ClientStorDbContext db, Sessions sessions) : Endpoint<EndUserSessionRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/users/{userId}/sessions/{sessionId}");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Users");
        Summary(s => s.Summary = "End a user's session");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(EndUserSessionRequest req, CancellationToken ct)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == req.SessionId && s.UserId == req.UserId && s.EndedAt == null, ct))
        {
            await Send.ResultAsync(Problems.NotFound("The session"));
            return;
        }
        await sessions.EndAsync(req.SessionId, "ended by an administrator", ct);
        await Send.NoContentAsync(ct);
    }
}

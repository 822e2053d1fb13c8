using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Configuration;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Features.Me;

public sealed class SessionsRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class SessionsValidator : Validator<SessionsRequest>
{
    public SessionsValidator() => SessionList.AddListRules(this);
}

/// <summary>Your active sessions (browsers and devices signed in as you).</summary>
public sealed class ListMySessionsEndpoint(ClientStorDbContext db, CurrentActor actor, IOptions<ClientStorOptions> options)
    : Endpoint<SessionsRequest, Page<SessionResponse>>
{
    public override void Configure()
    {
        Get("me/sessions");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "List my active sessions");
    }

    public override async Task HandleAsync(SessionsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await SessionList.PageAsync(db, actor.UserId!.Value, actor.SessionId, req, options.Value.Auth.IdleTimeout, ct), ct);
}

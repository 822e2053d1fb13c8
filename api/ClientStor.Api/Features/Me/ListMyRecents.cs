namespace ClientStor.Api.Features.Me;

/// <summary>
/// The items you opened lately, newest first (at most 20), resolved from current data: only those you can still see;
/// items that no longer exist are removed. The whole list: <c>nextCursor</c> is null.
/// </summary>
public sealed class ListMyRecentsEndpoint(ClientStorDbContext db, CurrentActor actor, MyItems items) : EndpointWithoutRequest<Page<MyItemResponse>>
{
    public override void Configure()
    {
        Get("me/recents");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "List the items I opened lately");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(new Page<MyItemResponse> { Items = await items.RecentsAsync(actor.UserId!.Value, await CallerOrgs.LoadAsync(actor, db, ct), ct) }, ct);
}

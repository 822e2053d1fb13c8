namespace ClientStor.Api.Features.Me;

/// <summary>
/// Your favourites in your order, resolved from current data: only items you can still see (withdrawn access leaves them
/// out until it is back); items that no longer exist are removed. The whole list (at most 100): <c>nextCursor</c> is null.
/// </summary>
public sealed class ListMyFavouritesEndpoint(ClientStorDbContext db, CurrentActor actor, MyItems items) : EndpointWithoutRequest<Page<MyItemResponse>>
{
    public override void Configure()
    {
        Get("me/favourites");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "List my favourites");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(new Page<MyItemResponse> { Items = await items.FavouritesAsync(actor.UserId!.Value, await CallerOrgs.LoadAsync(actor, db, ct), ct) }, ct);
}

namespace ClientStor.Api.Features.Me;

/// <summary>
/// Records that you opened an item (the SPA calls it when the item's page opens): it becomes your newest recent item, moved
/// up if it was one already; the 20 newest are kept. Opening the newest one again within 10 minutes changes nothing. The
/// item must be one you can see today: 404 otherwise.
/// </summary>
public sealed class RecordMyRecentEndpoint(ClientStorDbContext db, CurrentActor actor, MyItems items) : Endpoint<MyItemRequest, MyItemResponse>
{
    public override void Configure()
    {
        Post("me/recents/{itemType}/{itemId}");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Record that I opened an item");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(MyItemRequest req, CancellationToken ct) =>
        await Send.OkAsync(await items.RecordRecentAsync(actor.UserId!.Value, await CallerOrgs.LoadAsync(actor, db, ct), req.ItemType, req.ItemId, ct), ct);
}

namespace ClientStor.Api.Features.Me;

/// <summary>Removes one of your favourites (<c>If-Match</c>: its etag from the list); 404 when the item is not a favourite.</summary>
public sealed class RemoveMyFavouriteEndpoint(CurrentActor actor, MyItems items) : Endpoint<MyItemRequest>
{
    public override void Configure()
    {
        Delete("me/favourites/{itemType}/{itemId}");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Remove a favourite");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(MyItemRequest req, CancellationToken ct)
    {
        await items.RemoveFavouriteAsync(actor.UserId!.Value, req.ItemType, req.ItemId, HttpContext, ct);
        await Send.NoContentAsync(ct);
    }
}

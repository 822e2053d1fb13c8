namespace ClientStor.Api.Features.Me;

public sealed class SaveMyFavouriteRequest : MyItemRequest
{
    /// <summary>0-based place in your list (0: first); omitted: a new favourite goes last and an existing one stays where it is.</summary>
    public int? Position { get; set; }
}

internal sealed class SaveMyFavouriteValidator : Validator<SaveMyFavouriteRequest>
{
    public SaveMyFavouriteValidator()
    {
        MyItemRules.Add(this);
        RuleFor(x => x.Position).InclusiveBetween(0, MyItems.MaxFavourites - 1).WithMessage($"position must be between 0 and {MyItems.MaxFavourites - 1}.");
    }
}

/// <summary>
/// Makes an item one of your favourites (idempotent), or moves a favourite to <c>position</c>. The item must be one you can
/// see today (the read permission of its kind in its organisation, as for search): 404 otherwise. At most 100 (409).
/// </summary>
public sealed class SaveMyFavouriteEndpoint(ClientStorDbContext db, CurrentActor actor, MyItems items) : Endpoint<SaveMyFavouriteRequest, MyItemResponse>
{
    public override void Configure()
    {
        Put("me/favourites/{itemType}/{itemId}");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Add or move a favourite");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(SaveMyFavouriteRequest req, CancellationToken ct) =>
        await Send.ResourceAsync(await items.SaveFavouriteAsync(actor.UserId!.Value, await CallerOrgs.LoadAsync(actor, db, ct), req.ItemType, req.ItemId, req.Position, ct), ct);
}

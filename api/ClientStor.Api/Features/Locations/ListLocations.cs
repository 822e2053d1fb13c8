
namespace ClientStor.Api.Features.Locations;

public sealed class ListLocationsRequest : SearchListRequest
{
    /// <summary><c>site</c> or <c>closet</c>.</summary>
    [OneOf("LocationKind", "site", "closet")] [QueryParam] public string? Kind { get; set; }
}

internal sealed class ListLocationsValidator : Validator<ListLocationsRequest>
{
    public static readonly SortCatalog<Location> Sorts = new("name", new SortKey<Location, string>("name", l => l.Name, l => l.Id));

    public ListLocationsValidator()
    {
        Sorts.AddSearchListRules(this);
        RuleFor(x => x.Kind).Must(k => k is null or "site" or "closet").WithMessage("kind must be 'site' or 'closet'.");
    }
}

/// <summary>Sites and network closets.</summary>
public sealed class ListLocationsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListLocationsRequest, Page<LocationResponse>>
{
    public override void Configure()
    {
        Get("locations");
        Group<LocationsGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "List locations (sites and network closets)");
    }

    public override async Task HandleAsync(ListLocationsRequest req, CancellationToken ct)
    {
        var query = db.Locations.AsNoTracking().Where(l => l.OrgId == org.Id);
        if (req.Kind is not null) query = query.Where(l => l.Kind == req.Kind);
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(l => EF.Functions.ILike(l.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        await Send.OkAsync(await ListLocationsValidator.Sorts.PageAsync(query, req, LocationMapper.ToResponse, ct), ct);
    }
}

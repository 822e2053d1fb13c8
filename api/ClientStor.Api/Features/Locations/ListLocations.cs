using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Paging;
using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Locations;

public sealed class ListLocationsRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default) or <c>-name</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches the name.</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary><c>site</c> or <c>closet</c>.</summary>
    [QueryParam] public string? Kind { get; set; }
}

internal sealed class ListLocationsValidator : Validator<ListLocationsRequest>
{
    public static readonly SortCatalog<Location> Sorts = new("name", new SortKey<Location, string>("name", l => l.Name, l => l.Id));

    public ListLocationsValidator()
    {
        Sorts.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
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

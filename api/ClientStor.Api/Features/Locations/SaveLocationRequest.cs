
namespace ClientStor.Api.Features.Locations;

/// <summary>The fields of a location; on update, omitted (null) fields stay as they are.</summary>
public sealed class SaveLocationRequest
{
    /// <summary>Route id when updating; absent when creating.</summary>
    [RouteParam(IsRequired = false)] public Guid? LocationId { get; set; }
    /// <summary><c>site</c> (default) or <c>closet</c> (a closet names its site in <c>parentId</c>).</summary>
    [OneOf("LocationKind", "site", "closet")]
    public string? Kind { get; set; }
    [References<Location>] public Guid? ParentId { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Notes { get; set; }

    /// <summary>Applies the given fields and checks a closet has a site as parent and a site none.</summary>
    internal async Task ApplyToAsync(ClientStorDbContext db, Location location, CancellationToken ct)
    {
        if (Kind is not null) location.Kind = Kind;
        if (ParentId is not null) location.ParentId = ParentId;
        if (Name is not null) location.Name = Name.Trim();
        if (Address is not null) location.Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        if (Notes is not null) location.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        if (location.Kind == "closet")
        {
            if (location.ParentId is not { } parent || !await db.Locations.AnyAsync(l => l.Id == parent && l.OrgId == location.OrgId && l.Kind == "site", ct))
                throw new FieldErrorsException("parentId", "A network closet belongs to a site: give the site's id as parentId.");
        }
        else if (location.ParentId is not null)
            throw new FieldErrorsException("parentId", "Only a network closet has a parent site.");
    }
}

internal sealed class SaveLocationValidator : Validator<SaveLocationRequest>
{
    public SaveLocationValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the location a name.").MaximumLength(200)
            .When(x => x.LocationId is null || x.Name is not null);
        RuleFor(x => x.Kind).Must(k => k is null or "site" or "closet").WithMessage("kind must be 'site' or 'closet'.");
        RuleFor(x => x.Address).MaximumLength(1000);
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

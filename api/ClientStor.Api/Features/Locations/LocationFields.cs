
namespace ClientStor.Api.Features.Locations;

/// <summary>The fields of a location; on update, omitted (null) fields stay as they are.</summary>
public abstract class LocationFields
{
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

/// <summary>A new site or closet: <c>name</c> is required.</summary>
public sealed class CreateLocationRequest : LocationFields;

/// <summary>A change to a location: only the fields given change.</summary>
public sealed class UpdateLocationRequest : LocationFields
{
    [RouteParam] public Guid LocationId { get; set; }
}

/// <summary>The rules of both bodies; creating requires the name, updating checks it only when given.</summary>
internal abstract class LocationFieldsValidator<T> : Validator<T> where T : LocationFields
{
    protected LocationFieldsValidator(bool creating)
    {
        var name = RuleFor(x => x.Name).NotEmpty().WithMessage("Give the location a name.").MaximumLength(200);
        if (!creating)
            name.When(x => x.Name is not null);
        RuleFor(x => x.Kind).Must(k => k is null or "site" or "closet").WithMessage("kind must be 'site' or 'closet'.");
        RuleFor(x => x.Address).MaximumLength(1000);
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

internal sealed class CreateLocationValidator() : LocationFieldsValidator<CreateLocationRequest>(creating: true);

internal sealed class UpdateLocationValidator() : LocationFieldsValidator<UpdateLocationRequest>(creating: false);

namespace ClientStor.Api.Features.Docs;

/// <summary>The fields of a floor plan; on update, omitted (null) fields stay as they are.</summary>
public abstract class FloorPlanFields
{
    public string? Name { get; set; }
    /// <summary>The site or room of the organisation the plan is of.</summary>
    [References<Locations.Location>] public Guid? LocationId { get; set; }
    /// <summary>Which floor ("2nd floor", "Basement").</summary>
    public string? Level { get; set; }
    public string? Description { get; set; }
}

/// <summary>A new floor plan: a name and where it is; the drawing follows with <c>PUT …/drawing</c>.</summary>
public sealed class CreateFloorPlanRequest : FloorPlanFields;

/// <summary>A change to a floor plan's name, location, level or description (the drawing and pins have their own operations).</summary>
public sealed class UpdateFloorPlanRequest : FloorPlanFields
{
    [RouteParam] public Guid FloorPlanId { get; set; }
    /// <summary>Say the plan is of no particular location.</summary>
    public bool? ClearLocation { get; set; }
}

internal abstract class FloorPlanFieldsValidator<T> : Validator<T> where T : FloorPlanFields
{
    protected FloorPlanFieldsValidator(bool creating)
    {
        var name = RuleFor(x => x.Name).NotEmpty().WithMessage("Give the floor plan a name.")
            .MaximumLength(FloorPlanRules.MaxName).WithMessage($"A name is at most {FloorPlanRules.MaxName} characters.");
        if (!creating)
            name.When(x => x.Name is not null);
        RuleFor(x => x.Level).MaximumLength(FloorPlanRules.MaxLevel).WithMessage($"A level is at most {FloorPlanRules.MaxLevel} characters.");
        RuleFor(x => x.Description).MaximumLength(FloorPlanRules.MaxDescription).WithMessage($"A description is at most {FloorPlanRules.MaxDescription:N0} characters.");
    }
}

internal sealed class CreateFloorPlanValidator() : FloorPlanFieldsValidator<CreateFloorPlanRequest>(creating: true);

internal sealed class UpdateFloorPlanValidator() : FloorPlanFieldsValidator<UpdateFloorPlanRequest>(creating: false);

/// <summary>The whole list of pins (it replaces the current one) and what changed, for the history.</summary>
public sealed class UpdateFloorPlanPinsRequest
{
    [RouteParam] public Guid FloorPlanId { get; set; }
    public List<FloorPlanPinData>? Pins { get; set; }
    public string? Summary { get; set; }
}

internal sealed class UpdateFloorPlanPinsValidator : Validator<UpdateFloorPlanPinsRequest>
{
    public UpdateFloorPlanPinsValidator()
    {
        RuleFor(x => x.Pins).NotNull().WithMessage("Send the list of pins (an empty list removes them all).")
            .Must(p => p is null || p.Count <= FloorPlanRules.MaxPins).WithMessage($"A floor plan holds at most {FloorPlanRules.MaxPins} pins.");
        RuleForEach(x => x.Pins).NotNull().WithMessage("A pin is an object.").ChildRules(pin =>
        {
            pin.RuleFor(p => p.Kind).Must(k => FloorPlanRules.PinKinds.Contains(k)).WithMessage("kind is asset, rack or drop.");
            pin.RuleFor(p => p.X).InclusiveBetween(0, 1).WithMessage("x is a fraction of the drawing's width, 0 to 1.");
            pin.RuleFor(p => p.Y).InclusiveBetween(0, 1).WithMessage("y is a fraction of the drawing's height, 0 to 1.");
            pin.RuleFor(p => p.Label).MaximumLength(FloorPlanRules.MaxLabel).WithMessage($"A label is at most {FloorPlanRules.MaxLabel} characters.");
            pin.RuleFor(p => p.Room).MaximumLength(FloorPlanRules.MaxLabel).WithMessage($"A room is at most {FloorPlanRules.MaxLabel} characters.");
            pin.RuleFor(p => p.AssetId).NotNull().When(p => p.Kind == "asset").WithMessage("An asset pin names its asset (assetId).");
            pin.RuleFor(p => p.AssetId).Null().When(p => p.Kind != "asset").WithMessage("Only an asset pin names an asset.");
            pin.RuleFor(p => p.RackId).NotNull().When(p => p.Kind == "rack").WithMessage("A rack pin names its rack (rackId).");
            pin.RuleFor(p => p.RackId).Null().When(p => p.Kind != "rack").WithMessage("Only a rack pin names a rack.");
            pin.RuleFor(p => p.PatchPanelPortId).Null().When(p => p.Kind != "drop").WithMessage("Only a drop is tied to a patch panel port.");
            pin.RuleFor(p => p.Label).NotEmpty().When(p => p.Kind == "drop").WithMessage("A drop needs a label (what is written on the wall port).");
        });
        RuleFor(x => x.Summary).MaximumLength(500).WithMessage("A summary is at most 500 characters.");
    }
}

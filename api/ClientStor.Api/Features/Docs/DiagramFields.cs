namespace ClientStor.Api.Features.Docs;

/// <summary>The fields of a diagram; on update, omitted (null) fields stay as they are.</summary>
public abstract class DiagramFields
{
    public string? Name { get; set; }
    /// <summary>
    /// The draw.io file (<c>&lt;mxfile&gt;</c>, pages compressed or not). A shape links to an asset of the organisation with
    /// the link <c>clientstor:asset/&lt;id&gt;</c> or the data property <c>clientstorAssetId</c>.
    /// </summary>
    public string? Xml { get; set; }
    /// <summary>The SVG preview draw.io exported for the same XML (sent together with <c>xml</c>).</summary>
    public string? Svg { get; set; }
    /// <summary>What changed, for the revision history.</summary>
    public string? Summary { get; set; }
    [References<DocFolder>] public Guid? FolderId { get; set; }
}

/// <summary>A new diagram: a name; XML and preview may follow from the editor (an empty page until then).</summary>
public sealed class CreateDiagramRequest : DiagramFields;

/// <summary>A change to a diagram: only the fields given change; new XML or preview adds a revision.</summary>
public sealed class UpdateDiagramRequest : DiagramFields
{
    [RouteParam] public Guid DiagramId { get; set; }
    /// <summary>Move the diagram out of any folder.</summary>
    public bool? ClearFolder { get; set; }
}

internal abstract class DiagramFieldsValidator<T> : Validator<T> where T : DiagramFields
{
    protected DiagramFieldsValidator(bool creating)
    {
        var name = RuleFor(x => x.Name).NotEmpty().WithMessage("Give the diagram a name.").MaximumLength(300);
        if (!creating)
            name.When(x => x.Name is not null);
        RuleFor(x => x.Xml).MaximumLength(DiagramContent.MaxXml).WithMessage($"A diagram's XML is at most {DiagramContent.MaxXml:N0} characters.");
        RuleFor(x => x.Svg).MaximumLength(DiagramContent.MaxSvg).WithMessage($"An SVG preview is at most {DiagramContent.MaxSvg:N0} characters.");
        RuleFor(x => x.Svg).NotNull().When(x => x.Xml is not null).WithMessage("Send the SVG preview exported with the XML.");
        RuleFor(x => x.Xml).NotNull().When(x => x.Svg is not null).WithMessage("Send the XML the SVG preview was exported from.");
        RuleFor(x => x.Summary).MaximumLength(500);
    }
}

internal sealed class CreateDiagramValidator() : DiagramFieldsValidator<CreateDiagramRequest>(creating: true);

internal sealed class UpdateDiagramValidator() : DiagramFieldsValidator<UpdateDiagramRequest>(creating: false);

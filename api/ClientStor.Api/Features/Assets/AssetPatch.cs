using System.Text.Json;

namespace ClientStor.Api.Features.Assets;

/// <summary>
/// A change to an asset, whatever it comes from (the API, a CSV row, a discovered host): given fields replace the stored
/// ones, null fields stay, <see cref="Clear"/> empties fields. Validated and applied only by <see cref="AssetWriter"/>.
/// Error keys are the API's field names.
/// </summary>
public sealed record AssetPatch
{
    public string? Type { get; init; }
    public string? Name { get; init; }
    public string? Serial { get; init; }
    public string? Manufacturer { get; init; }
    public string? Model { get; init; }
    public string? Status { get; init; }
    public Guid? LocationId { get; init; }
    public Guid? ContactId { get; init; }
    public DateOnly? PurchaseDate { get; init; }
    public DateOnly? WarrantyExpires { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? MacAddresses { get; init; }
    /// <summary>Values merged over the stored ones (all of them replaced when <see cref="ReplaceCustomFields"/>).</summary>
    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }
    public bool ReplaceCustomFields { get; init; }
    /// <summary>Fields to empty: any of <see cref="Clearable"/>.</summary>
    public IReadOnlyCollection<string> Clear { get; init; } = [];

    public static readonly IReadOnlyList<string> Clearable =
        ["locationId", "contactId", "purchaseDate", "warrantyExpires", "serial", "manufacturer", "model", "notes"];
}

/// <summary>The rules every asset change meets (the database-backed ones are in <see cref="AssetWriter"/>).</summary>
internal sealed class AssetPatchValidator : AbstractValidator<AssetPatch>
{
    public static readonly AssetPatchValidator Instance = new();

    public AssetPatchValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("The name cannot be empty.").MaximumLength(200).When(x => x.Name is not null);
        RuleFor(x => x.Type).NotEmpty().WithMessage("Choose the asset type.").MaximumLength(64).When(x => x.Type is not null);
        RuleFor(x => x.Serial).MaximumLength(200);
        RuleFor(x => x.Manufacturer).MaximumLength(200);
        RuleFor(x => x.Model).MaximumLength(200);
        RuleFor(x => x.Notes).MaximumLength(20_000);
        RuleFor(x => x.Status).Must(s => s is null || AssetTypes.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", AssetTypes.Statuses)}.");
        RuleFor(x => x.Tags).Must(t => t is null || t.Count <= 30 && t.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= 50))
            .WithMessage("Up to 30 tags of 1 to 50 characters.");
        RuleForEach(x => x.MacAddresses).Must(m => AssetTypes.NormalizeMac(m) is not null)
            .WithMessage((_, m) => $"'{m}' is not a MAC address (aa:bb:cc:dd:ee:ff).");
        RuleFor(x => x).Must(x => x.PurchaseDate is null || x.WarrantyExpires is null || x.WarrantyExpires >= x.PurchaseDate)
            .WithName("warrantyExpires").OverridePropertyName("warrantyExpires").WithMessage("The warranty cannot end before the purchase date.");
        RuleForEach(x => x.Clear).Must(f => AssetPatch.Clearable.Contains(f))
            .WithMessage((_, f) => $"'{f}' cannot be cleared; clearable: {string.Join(", ", AssetPatch.Clearable)}.");
    }
}

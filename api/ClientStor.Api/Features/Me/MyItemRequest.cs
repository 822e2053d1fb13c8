namespace ClientStor.Api.Features.Me;

/// <summary>An item named by the route: <c>{itemType}/{itemId}</c> (an organisation: <c>org/{orgId}</c>).</summary>
public class MyItemRequest
{
    /// <summary><c>org</c>, <c>asset</c>, <c>credential</c>, <c>contact</c>, <c>location</c>, <c>subnet</c> or <c>rack</c>.</summary>
    [RouteParam] public string ItemType { get; set; } = "";
    [RouteParam] public Guid ItemId { get; set; }
}

internal sealed class MyItemValidator : Validator<MyItemRequest>
{
    public MyItemValidator() => MyItemRules.Add(this);
}

internal static class MyItemRules
{
    public static void Add<T>(AbstractValidator<T> v) where T : MyItemRequest =>
        v.RuleFor(x => x.ItemType).Must(ItemDirectory.IsType).WithMessage($"itemType must be one of: {string.Join(", ", ItemDirectory.Types)}.");
}

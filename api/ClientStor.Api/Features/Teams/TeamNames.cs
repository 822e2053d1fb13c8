namespace ClientStor.Api.Features.Teams;

/// <summary>Team and platform-role names are unique, case-insensitively; permissions come from the catalog.</summary>
internal static class TeamNames
{
    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public static void NameRules<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string?>> name, bool required)
    {
        var rule = v.RuleFor(name);
        if (required)
            rule.NotEmpty().WithMessage("Give it a name.");
        else
            rule.Must(n => n is null || !string.IsNullOrWhiteSpace(n)).WithMessage("The name cannot be empty.");
        rule.MaximumLength(100).WithMessage("The name must be at most 100 characters.");
    }

}

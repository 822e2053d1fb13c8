using System.Collections.Concurrent;
using FluentValidation.Validators;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>
/// The body fields a request's validator always requires (a <c>NotEmpty</c> rule, or a <c>NotNull</c> rule on a member
/// that is null when absent, without a condition), so the OpenAPI schema's <c>required</c> says what the endpoint actually refuses without.
/// </summary>
internal static class RequiredByValidator
{
    private static readonly Lazy<Dictionary<Type, Type>> Validators = new(() => typeof(RequiredByValidator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract)
        .Select(t => (Validator: t, Validated: ValidatedType(t)))
        .Where(v => v.Validated is not null)
        .GroupBy(v => v.Validated!)
        .ToDictionary(g => g.Key, g => g.First().Validator));

    /// <summary>The T of the <c>Validator&lt;T&gt;</c> a type derives from, directly or through a shared base.</summary>
    private static Type? ValidatedType(Type type)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(Validator<>))
                return b.GetGenericArguments()[0];
        return null;
    }

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    /// <summary>camelCase names of the always-required members of <paramref name="type"/>.</summary>
    public static IReadOnlyList<string> For(Type type) => Cache.GetOrAdd(type, t =>
    {
        if (!Validators.Value.TryGetValue(t, out var validatorType) || validatorType.GetConstructor(Type.EmptyTypes) is null)
            return [];
        var validator = (IEnumerable<IValidationRule>)Activator.CreateInstance(validatorType)!;
        // A NotNull rule on a member that starts non-null (a list initialised to []) does not make it required: absent is fine.
        var blank = t.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(t) : null;
        bool StartsNull(string member) => blank is null || t.GetProperty(member)?.GetValue(blank) is null;
        return [.. validator
            .Where(rule => rule.PropertyName is { Length: > 0 } name && !name.Contains('.') && !IsCollectionRule(rule)
                && rule.Components.Any(c => !c.HasCondition && !c.HasAsyncCondition
                    && (c.Validator is INotEmptyValidator || c.Validator is INotNullValidator && StartsNull(rule.PropertyName))))
            .Select(rule => char.ToLowerInvariant(rule.PropertyName[0]) + rule.PropertyName[1..])
            .Distinct()];
    });

    /// <summary><c>RuleForEach</c>: its rules apply to the elements, not to the member being present.</summary>
    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}

using System.Collections.Concurrent;
using FluentValidation.Validators;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>
/// The body fields a request's validator always requires (a <c>NotNull</c> or <c>NotEmpty</c> rule without a
/// condition), so the OpenAPI schema's <c>required</c> says what the endpoint actually refuses without.
/// </summary>
internal static class RequiredByValidator
{
    private static readonly Lazy<Dictionary<Type, Type>> Validators = new(() => typeof(RequiredByValidator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Validator<>))
        .GroupBy(t => t.BaseType!.GetGenericArguments()[0])
        .ToDictionary(g => g.Key, g => g.First()));

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    /// <summary>camelCase names of the always-required members of <paramref name="type"/>.</summary>
    public static IReadOnlyList<string> For(Type type) => Cache.GetOrAdd(type, t =>
    {
        if (!Validators.Value.TryGetValue(t, out var validatorType) || validatorType.GetConstructor(Type.EmptyTypes) is null)
            return [];
        var descriptor = ((IValidator)Activator.CreateInstance(validatorType)!).CreateDescriptor();
        return [.. descriptor.GetMembersWithValidators()
            .Where(member => member.Key is { Length: > 0 } && !member.Key.Contains('.')
                && member.Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.Options.HasCondition && !c.Options.HasAsyncCondition))
            .Select(member => char.ToLowerInvariant(member.Key[0]) + member.Key[1..])];
    });
}

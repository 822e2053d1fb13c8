using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace ClientStor.Api.Platform.Endpoints;

/// <summary>
/// A string property (query filter or body field) that takes one of a fixed set of values: the OpenAPI document lists
/// them as an <c>enum</c>, and any other value answers 400 with a field error naming the allowed ones (a filter never
/// silently matches nothing; query filters are refused by <see cref="OneOfCheck"/>, body fields by their validator, which
/// must refuse the same values). The first argument names the enum's schema (one SDK type per set, e.g. <c>AssetStatus</c>);
/// then either the values themselves, or a static <c>IEnumerable&lt;string&gt;</c> member holding them.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute : Attribute
{
    public OneOfAttribute(string name, params string[] values) => (Name, Values) = (name, values);

    public OneOfAttribute(string name, Type holder, string member) =>
        (Name, Values) = (name, [.. (IEnumerable<string>)(holder.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? holder.GetField(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{holder.Name}.{member} is not a static member."))]);

    /// <summary>The schema name in the OpenAPI document's components.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Values { get; }
}

/// <summary>
/// Refuses query values outside a property's <see cref="OneOfAttribute"/> (added to failures; <see cref="ReferenceCheck"/>
/// answers them). Body fields are not checked here: their validators or writers check them together with the other
/// fields, so one answer lists every bad field.
/// </summary>
internal sealed class OneOfCheck : IGlobalPreProcessor
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string Field, IReadOnlyList<string> Values)>> Properties = new();

    public static IReadOnlyList<(PropertyInfo Property, string Field, IReadOnlyList<string> Values)> Of(Type requestType) => Properties.GetOrAdd(requestType, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<QueryParamAttribute>() is not null)
            .Select(p => (p, a: p.GetCustomAttribute<OneOfAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => (x.p, char.ToLowerInvariant(x.p.Name[0]) + x.p.Name[1..], x.a!.Values))]);

    public Task PreProcessAsync(IPreProcessorContext ctx, CancellationToken ct)
    {
        if (ctx.Request is null || ctx.HttpContext.ResponseStarted())
            return Task.CompletedTask;
        foreach (var (property, field, values) in Of(ctx.Request.GetType()))
        {
            if (property.GetValue(ctx.Request) is not string { Length: > 0 } value || values.Contains(value))
                continue;
            if (!ctx.ValidationFailures.Any(f => f.PropertyName.Equals(field, StringComparison.OrdinalIgnoreCase)))
                ctx.ValidationFailures.Add(new ValidationFailure(field, $"{field} must be one of: {string.Join(", ", values)}."));
        }
        return Task.CompletedTask;
    }
}

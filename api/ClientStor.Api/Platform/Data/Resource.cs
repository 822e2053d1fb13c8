using System.Collections.Concurrent;
using System.Reflection;

namespace ClientStor.Api.Platform.Data;

/// <summary>
/// Names an entity as a resource of the API: <c>[Resource("asset", AuditCategories.Organisation)]</c>. The noun is the
/// audit target type and action prefix (<c>asset.created</c>) and names the resource in a 404.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResourceAttribute(string noun, string auditCategory) : Attribute
{
    public string Noun { get; } = noun;
    public string AuditCategory { get; } = auditCategory;
    /// <summary>How people call it, when not the noun with spaces for underscores ("organisation" for "org").</summary>
    public string? Display { get; init; }
}

/// <summary>What <see cref="ResourceAttribute"/> says about an entity type, read once per type.</summary>
public sealed record ResourceInfo(string Noun, string AuditCategory, string Display)
{
    private static readonly ConcurrentDictionary<Type, ResourceInfo> Cache = new();

    /// <summary>"The patch panel": how a problem names it.</summary>
    public string Title => "The " + Display;

    public static ResourceInfo Of<T>() => Of(typeof(T));

    public static ResourceInfo Of(Type type) => Cache.GetOrAdd(type, t => t.GetCustomAttribute<ResourceAttribute>() is { } a
        ? new ResourceInfo(a.Noun, a.AuditCategory, a.Display ?? a.Noun.Replace('_', ' '))
        : throw new InvalidOperationException($"{t.Name} has no [Resource] attribute."));
}

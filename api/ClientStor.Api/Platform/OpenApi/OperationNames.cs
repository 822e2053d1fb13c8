
namespace ClientStor.Api.Platform.OpenApi;

/// <summary>An endpoint class serving several verbs: each verb's route needs its own name.</summary>
public interface IMultiVerbEndpoint;

/// <summary>Operation ids read as the action: <c>CreateOrgEndpoint</c> → <c>CreateOrg</c>.</summary>
internal static class OperationNames
{
    public static string For(EndpointNameGenerationContext ctx)
    {
        var name = ctx.EndpointType.Name;
        if (name.EndsWith("Endpoint", StringComparison.Ordinal))
            name = name[..^"Endpoint".Length];
        if (typeof(IMultiVerbEndpoint).IsAssignableFrom(ctx.EndpointType))
            name += ctx.HttpVerb is { Length: > 0 } verb ? char.ToUpperInvariant(verb[0]) + verb[1..].ToLowerInvariant() : "";
        return name;
    }
}

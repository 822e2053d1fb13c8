using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>
/// Request body schemas list only what is bound from the body, not route, query or header values; a property naming
/// another object (<c>[References&lt;T&gt;]</c>) says which kind in <c>x-references</c>.
/// </summary>
internal sealed class BodyOnlySchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonPropertyInfo is { AttributeProvider: PropertyInfo property }
            && property.GetCustomAttributes().OfType<Endpoints.IReferenceAttribute>().FirstOrDefault() is { } reference)
        {
            schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            schema.Extensions["x-references"] = new JsonNodeExtension(JsonValue.Create(Data.ResourceInfo.Of(reference.Target).Noun));
        }
        if (context.JsonPropertyInfo is { AttributeProvider: PropertyInfo valued } && valued.GetCustomAttribute<Endpoints.OneOfAttribute>() is { } oneOf)
        {
            // Marked here, turned into a reference to the named enum once the document is complete (EnumReferences).
            schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            schema.Extensions[EnumReferences.Marker] = new JsonNodeExtension(JsonValue.Create(oneOf.Name));
            schema.Enum = [.. oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
        if (context.JsonPropertyInfo is not null || schema.Properties is null)
            return Task.CompletedTask;
        foreach (var required in RequiredByValidator.For(context.JsonTypeInfo.Type))
            if (schema.Properties.ContainsKey(required))
                (schema.Required ??= new HashSet<string>()).Add(required);
        foreach (var prop in context.JsonTypeInfo.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (FastEndpointsOperations.BoundFromBody(prop))
                continue;
            var name = char.ToLowerInvariant(prop.Name[0]) + prop.Name[1..];
            schema.Properties.Remove(name);
            schema.Required?.Remove(name);
        }
        return Task.CompletedTask;
    }
}

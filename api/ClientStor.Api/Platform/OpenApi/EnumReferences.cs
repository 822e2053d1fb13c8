using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>
/// Body fields taking one of a fixed set of values (<see cref="Endpoints.OneOfAttribute"/>) refer to the set's named enum
/// schema, as query parameters do, so one set is one type in the SDK (<c>AssetStatus</c>, not one enum per request).
/// Runs on the finished document: references made earlier would be inlined by the schema generator.
/// </summary>
internal sealed class EnumReferences : IOpenApiDocumentTransformer
{
    public const string Marker = "x-one-of";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>().ToList() ?? [])
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (property is not OpenApiSchema { Extensions: { } extensions } marked || !extensions.TryGetValue(Marker, out var value)
                    || value is not JsonNodeExtension { Node: JsonValue enumName })
                    continue;
                var id = enumName.GetValue<string>();
                if (document.Components!.Schemas!.ContainsKey(id) != true)
                    document.AddComponent<IOpenApiSchema>(id, new OpenApiSchema { Type = JsonSchemaType.String, Enum = marked.Enum });
                // A plain reference also for fields that may be null (left unchanged): they are never required, and an
                // anyOf with null would make generators invent one more enum type per field.
                schema.Properties![name] = new OpenApiSchemaReference(id, document) { Description = marked.Description };
            }
        return Task.CompletedTask;
    }
}

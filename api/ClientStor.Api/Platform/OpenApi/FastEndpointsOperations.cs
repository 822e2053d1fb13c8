using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>
/// Fills in what Microsoft.AspNetCore.OpenApi cannot see in a FastEndpoints endpoint: route, query and header
/// parameters bound from the request DTO, the bearer requirement, and problem-details error responses.
/// </summary>
internal sealed partial class FastEndpointsOperations : IOpenApiOperationTransformer
{
    public const string ProblemSchema = "ProblemDetails";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var definition = metadata.OfType<EndpointDefinition>().FirstOrDefault();
        var method = context.Description.HttpMethod ?? "GET";
        var route = context.Description.RelativePath ?? "";
        var dto = definition?.ReqDtoType;
        var properties = dto is null || dto == typeof(EmptyRequest)
            ? []
            // Inherited parameters first (a list's limit, cursor, sort and q before its own filters), then in declaration order.
            : dto.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => Depth(p.DeclaringType)).ToArray();

        if (definition?.EndpointTags is { Count: > 0 } tags)
            operation.Tags = new HashSet<OpenApiTagReference>(tags.Select(t => new OpenApiTagReference(t, context.Document)));
        if (definition?.EndpointSummary is { } summary)
        {
            if (!string.IsNullOrEmpty(summary.Summary)) operation.Summary = summary.Summary;
            if (!string.IsNullOrEmpty(summary.Description)) operation.Description = summary.Description;
        }
        foreach (var status in metadata.OfType<ProblemResponses>().SelectMany(p => p.Statuses))
            AddProblem(operation, context, status, Problems.ReasonPhrase(status));
        var permission = definition is null ? null : Authorization.EndpointAccess.DeclaredPermission(definition);
        if (permission is not null)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-permission"] = new JsonNodeExtension(JsonValue.Create(permission));
            if (permission is not Authorization.EndpointAccess.Anonymous)
                operation.Extensions["x-api-keys"] = new JsonNodeExtension(JsonValue.Create(ApiKeysAllowed(metadata, permission)));
            // Every operation says in words who may call it, after what it does.
            var what = string.IsNullOrEmpty(operation.Description) ? Sentence(operation.Summary) : operation.Description;
            operation.Description = $"{what}\n\n{AccessText(permission, ApiKeysAllowed(metadata, permission), metadata.OfType<Authorization.FreshReauthRequired>().Any())}".TrimStart();
        }
        var isWrite = HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
        if (RouteParameter().IsMatch(route))
            AddProblem(operation, context, 404, "Not found, or in an organisation you cannot access (the same answer for both).");

        operation.Parameters ??= [];
        foreach (Match m in RouteParameter().Matches(route))
        {
            var name = m.Groups[1].Value;
            var prop = properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            Add(operation, new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Path, Required = true,
                Schema = SchemaFor(prop?.PropertyType ?? (name.EndsWith("Id", StringComparison.Ordinal) ? typeof(Guid) : typeof(string))),
                Description = prop is null ? null : Describe(prop),
            });
        }
        foreach (var prop in properties)
        {
            if (prop.GetCustomAttribute<QueryParamAttribute>() is not null)
                Add(operation, new OpenApiParameter
                {
                    Name = Camel(prop.Name), In = ParameterLocation.Query, Required = false,
                    Schema = NamedValues(prop, context.Document) ?? SchemaFor(prop.PropertyType), Description = Describe(prop),
                });
            else if (prop.GetCustomAttribute<FromHeaderAttribute>() is { } header)
                Add(operation, new OpenApiParameter
                {
                    Name = header.HeaderName ?? prop.Name, In = ParameterLocation.Header, Required = header.IsRequired,
                    Schema = SchemaFor(prop.PropertyType), Description = Describe(prop),
                });
        }
        if (isWrite || metadata.OfType<Http.HonoursIfMatch>().Any())
        {
            Add(operation, new OpenApiParameter
            {
                Name = "If-Match", In = ParameterLocation.Header, Required = false,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = "The etag you read; the change is refused with 412 if the resource changed since. Omit it to change whatever is current.",
            });
            AddProblem(operation, context, 412, "If-Match does not match the resource's current etag: reload and apply the change again.");
        }
        if (HttpMethods.IsPost(method) && !metadata.OfType<IAllowAnonymous>().Any())
            Add(operation, new OpenApiParameter
            {
                Name = "Idempotency-Key", In = ParameterLocation.Header, Required = false,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                Description = "Send the same key to retry safely: within 24 hours the first response is returned again and nothing is done twice.",
            });
        if (operation.Parameters.Count == 0)
            operation.Parameters = null;

        var hasBody = properties.Any(BoundFromBody);
        if (HttpMethods.IsGet(method) || HttpMethods.IsDelete(method) || !hasBody)
            operation.RequestBody = null;
        if (metadata.OfType<Files.FileUploadBody>().Any())
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The file's bytes, streamed (any Content-Type: what the bytes are is checked, not what the request claims).",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/octet-stream"] = new() { Schema = Binary() } },
            };
        if (metadata.OfType<Files.FileDownloadResponse>().FirstOrDefault() is { } download)
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The file's bytes (Content-Disposition: attachment).",
                Content = new Dictionary<string, OpenApiMediaType> { [download.ContentType] = new() { Schema = Binary() } },
            };
            operation.Responses.Remove("204");
        }

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous)
        {
            // The scope an API key needs (the operation's permission); people's tokens carry "api" and are checked by role.
            List<string> scopes = permission is null or Authorization.EndpointAccess.SignedIn or Authorization.EndpointAccess.PlatformAdmin ? [] : [.. permission.Split(' ')];
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme.Name, context.Document)] = scopes }];
            AddProblem(operation, context, 401, "A valid access token is required.");
            AddProblem(operation, context, 403, "The caller lacks the required permission.");
        }
        if (HttpMethods.IsPost(method) || HttpMethods.IsPatch(method) || HttpMethods.IsPut(method) || properties.Length > 0 || RouteParameter().IsMatch(route))
            AddProblem(operation, context, 400, "Validation failed; 'errors' lists every bad field.");
        AddProblem(operation, context, 429, "Rate limit reached; retry after the Retry-After header's seconds.");
        AddProblem(operation, context, 503, "The database did not answer in time; retry after the Retry-After header's seconds.");
        if (operation.Responses is not null)
            foreach (var (code, response) in operation.Responses)
                if (int.TryParse(code, out var status) && status >= 400 && response is OpenApiResponse concrete)
                    concrete.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
                    };
        AddProblem(operation, context, 500, "Unexpected error; quote the traceId.");
        return Task.CompletedTask;
    }

    /// <summary>
    /// Whether API keys may call the operation: org-scoped ones (their scopes are checked there) and the few marked
    /// <see cref="Authorization.AllowApiKeys"/>; never platform administration or anything needing a fresh re-authentication.
    /// </summary>
    private static bool ApiKeysAllowed(IList<object> metadata, string permission) =>
        !metadata.OfType<Authorization.FreshReauthRequired>().Any()
        && (metadata.OfType<Endpoints.OrgScopedEndpoint>().Any() || permission is not (Authorization.EndpointAccess.PlatformAdmin or Authorization.EndpointAccess.SignedIn)
            || metadata.OfType<Authorization.AllowApiKeys>().Any());

    /// <summary>False for properties FastEndpoints binds from the route, query string or headers.</summary>
    internal static bool BoundFromBody(PropertyInfo p) =>
        p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null
        && p.GetCustomAttribute<QueryParamAttribute>() is null
        && p.GetCustomAttribute<RouteParamAttribute>() is null
        && p.GetCustomAttribute<FromHeaderAttribute>() is null;

    private static int Depth(Type? type) => type?.BaseType is { } parent ? 1 + Depth(parent) : 0;

    private static void Add(OpenApiOperation operation, OpenApiParameter parameter)
    {
        if (!operation.Parameters!.Any(p => p.Name == parameter.Name && p.In == parameter.In))
            operation.Parameters!.Add(parameter);
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
            return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
            },
        };
    }

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };

    private static OpenApiSchema SchemaFor(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(Guid)) return new() { Type = JsonSchemaType.String, Format = "uuid" };
        if (t == typeof(int)) return new() { Type = JsonSchemaType.Integer, Format = "int32" };
        if (t == typeof(long)) return new() { Type = JsonSchemaType.Integer, Format = "int64" };
        if (t == typeof(bool)) return new() { Type = JsonSchemaType.Boolean };
        if (t == typeof(DateTimeOffset) || t == typeof(DateTime)) return new() { Type = JsonSchemaType.String, Format = "date-time" };
        return new() { Type = JsonSchemaType.String };
    }

    private static string? Describe(PropertyInfo prop) => XmlDocs.Summary(prop);

    /// <summary>
    /// For a property with <see cref="Endpoints.OneOfAttribute"/>: a reference to its named enum schema (added to the
    /// document's components once), so every use of one set of values is one type in the SDK.
    /// </summary>
    internal static IOpenApiSchema? NamedValues(PropertyInfo prop, OpenApiDocument? document)
    {
        if (prop.GetCustomAttribute<Endpoints.OneOfAttribute>() is not { } oneOf || document is null)
            return null;
        if (document.Components?.Schemas?.ContainsKey(oneOf.Name) != true)
            // AddComponent also registers it in the document's workspace, so the reference resolves.
            document.AddComponent<IOpenApiSchema>(oneOf.Name, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v))],
            });
        return new OpenApiSchemaReference(oneOf.Name, document);
    }

    private static string Listed(string permissions) => string.Join(" and ", permissions.Split(' ').Select(p => $"`{p}`"));

    private static string Plural(string permissions, string noun) => permissions.Contains(' ') ? noun + "s" : noun;

    private static string Sentence(string? summary) =>
        string.IsNullOrWhiteSpace(summary) ? "" : summary.TrimEnd() is var s && (s.EndsWith('.') || s.EndsWith(')') && s.Contains('.')) ? s : s + ".";

    /// <summary>Who may call the operation, in words (the same facts as <c>x-permission</c> and <c>x-api-keys</c>).</summary>
    internal static string AccessText(string permission, bool apiKeys, bool freshReauth) => permission switch
    {
        Authorization.EndpointAccess.Anonymous => "**Access:** anonymous (no token).",
        Authorization.EndpointAccess.SignedIn => "**Access:** any signed-in person" + (apiKeys ? ", or an API key (limited to the organisations it is bound to and its scopes)." : "; not API keys."),
        Authorization.EndpointAccess.PlatformAdmin => "**Access:** global administrators only; not API keys.",
        _ => $"**Access:** {Plural(permission, "permission")} {Listed(permission)} in the organisation (a role held directly or through a team)" +
            (apiKeys ? $"; an API key needs the {Plural(permission, "scope")} {Listed(permission)} and to be bound to the organisation." : "; not API keys.") +
            (freshReauth ? " People must have re-authenticated recently (otherwise 403 `reauth-required`)." : ""),
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}

/// <summary>The problem responses an endpoint can answer besides 400/401/403/500: <c>Description(b => b.WithMetadata(new ProblemResponses(404, 409)))</c>.</summary>
public sealed class ProblemResponses(params int[] statuses)
{
    public IReadOnlyList<int> Statuses { get; } = statuses;
}

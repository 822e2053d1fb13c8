using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>Declares the OAuth 2.0 security scheme (its flows, token URL and scopes) and the shared problem-details schema.</summary>
internal sealed class BearerScheme : IOpenApiDocumentTransformer
{
    public const string Name = "oauth2";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "ClientStor API";
        document.Info.Version = "v1";
        document.Info.Description = "Documentation, credential vault and service desk for MSPs. Authenticate with an OAuth 2.0 access token (authorization code + PKCE for people, client credentials for API keys).";
        document.Servers = null;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        // OAuth 2.0, so a client (and the reference's "try it") can fetch a token: API keys by client credentials with
        // permission names as scopes, people by authorization code + PKCE. Relative URLs: the API's own origin.
        var keyScopes = Authorization.PermissionCatalog.All.Where(p => Authorization.PermissionCatalog.KeyScopes.Contains(p.Name))
            .ToDictionary(p => p.Name, p => p.Description);
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "An access token in the Authorization header (Bearer). API keys: client credentials at /connect/token with the key's " +
                "client id and secret; scopes are permission names (omit scope to get all the key's scopes). People: authorization code with PKCE (S256).",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/connect/token", UriKind.Relative), Scopes = keyScopes },
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>
                    {
                        ["openid"] = "Sign-in.", ["profile"] = "Name.", ["email"] = "Email address.",
                        ["offline_access"] = "A refresh token.", [Authorization.Policies.ApiScope] = "Call the API as yourself (your roles decide).",
                    },
                },
            },
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        // Request DTOs bound only from route, query and headers leave no body: drop their orphaned schemas.
        var bodies = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.RequestBody?.Content?.Values ?? [])
            .Select(m => (m.Schema as OpenApiSchemaReference)?.Reference.Id)
            .ToHashSet();
        foreach (var orphan in document.Components.Schemas.Keys.Where(k => k.EndsWith("Request", StringComparison.Ordinal) && !bodies.Contains(k)).ToList())
            document.Components.Schemas.Remove(orphan);
        var tags = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).Where(n => n is not null).Distinct().Order();
        document.Tags = new HashSet<OpenApiTag>(tags.Select(n => new OpenApiTag { Name = n }));
        document.Components.Schemas[FastEndpointsOperations.ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object | JsonSchemaType.Null,
                    Description = "Field name → messages, for validation and conflict errors.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
        return Task.CompletedTask;
    }
}

using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.ApiKeys;

public sealed class ListPlatformApiKeysRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>createdAt</c> or <c>name</c>, <c>-</c> for descending (default <c>-createdAt</c>).</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Include revoked keys (default false).</summary>
    [QueryParam] public bool? IncludeRevoked { get; set; }
    /// <summary>Matches name or client id.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal sealed class ListPlatformApiKeysValidator : Validator<ListPlatformApiKeysRequest>
{
    public ListPlatformApiKeysValidator()
    {
        ApiKeySorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>Platform API keys, bound to several or all organisations (platform administration).</summary>
public sealed class ListPlatformApiKeysEndpoint(ClientStorDbContext db) : Endpoint<ListPlatformApiKeysRequest, Page<ApiKeyResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/api-keys");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("ApiKeys");
        Summary(s => s.Summary = "List platform API keys");
    }

    public override async Task HandleAsync(ListPlatformApiKeysRequest req, CancellationToken ct)
    {
        var query = db.ApiKeys.AsNoTracking().Where(k => k.OrgId == null);
        await Send.OkAsync(await ApiKeySorts.Catalog.PageAsync(ApiKeySorts.Filter(query, req.IncludeRevoked, req.Q), req, ApiKeyResponse.From, ct), ct);
    }
}

public sealed class CreatePlatformApiKeyRequest
{
    public string Name { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
    public DateTimeOffset? ExpiresAt { get; set; }
    public List<string>? AllowedIps { get; set; }
    /// <summary>Bind the key to every organisation, including ones created later.</summary>
    public bool AllOrgs { get; set; }
    /// <summary>Or bind it to these organisations.</summary>
    public List<Guid>? OrgIds { get; set; }
}

/// <summary>Issues a platform API key bound to several or all organisations (platform administration, fresh re-authentication).</summary>
public sealed class CreatePlatformApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys, CurrentActor actor) : Endpoint<CreatePlatformApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("/api/v1/api-keys");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("ApiKeys");
        Summary(s => s.Summary = "Create a platform API key");
        Description(b => b.Produces<IssuedApiKeyResponse>(201).WithMetadata(new FreshReauthRequired()));
    }

    public override async Task HandleAsync(CreatePlatformApiKeyRequest req, CancellationToken ct)
    {
        var draft = new ApiKeyDraft(req.Name, req.Scopes, req.ExpiresAt, req.AllowedIps);
        var errors = keys.Validate(draft, PermissionCatalog.Names, out var allowedIps);
        var orgIds = (req.OrgIds ?? []).Distinct().ToList();
        if (req.AllOrgs == (orgIds.Count > 0))
            errors["orgIds"] = "Bind the key either to all organisations (allOrgs: true) or to a list of organisation ids.";
        else if (orgIds.Count > 0)
        {
            var known = await db.Orgs.Where(o => orgIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
            if (orgIds.Except(known).ToList() is { Count: > 0 } unknown)
                errors["orgIds"] = $"No organisation has id {string.Join(", ", unknown)}.";
        }
        if (errors.Count > 0)
        {
            await Send.ResultAsync(ApiKeyAnswers.Invalid(errors));
            return;
        }
        var issued = await keys.CreateAsync(draft, allowedIps, null, req.AllOrgs, orgIds, (await actor.UserAsync(ct))!, ct);
        HttpContext.Response.Headers.Location = $"/api/v1/api-keys/{issued.Key.Id}";
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResponseAsync(IssuedApiKeyResponse.From(issued.Key, issued.ClientSecret), 201, ct);
    }
}

public sealed class PlatformApiKeyRequest
{
    [RouteParam] public Guid KeyId { get; set; }
}

/// <summary>Revokes a platform API key and every token it holds (platform administration).</summary>
public sealed class RevokePlatformApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys) : Endpoint<PlatformApiKeyRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/api-keys/{keyId}");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("ApiKeys");
        Summary(s => s.Summary = "Revoke a platform API key");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(PlatformApiKeyRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await ApiKeyAnswers.RevokeAsync(await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == req.KeyId && k.OrgId == null, ct), keys, ct));
}

/// <summary>Issues a new secret for a platform API key; the old one stops working at once (platform administration, fresh re-authentication).</summary>
public sealed class RotatePlatformApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys) : Endpoint<PlatformApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("/api/v1/api-keys/{keyId}/rotate");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("ApiKeys");
        Summary(s => s.Summary = "Rotate a platform API key's secret");
        Description(b => b.WithMetadata(new FreshReauthRequired(), new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(PlatformApiKeyRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await ApiKeyAnswers.RotateAsync(await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == req.KeyId && k.OrgId == null, ct), keys, HttpContext, ct));
}

using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.ApiKeys;

public sealed class ApiKeyResponse
{
    public required Guid Id { get; set; }
    /// <summary>The organisation of an org key; null for a platform key.</summary>
    public required Guid? OrgId { get; set; }
    /// <summary>Platform key bound to every organisation.</summary>
    public required bool AllOrgs { get; set; }
    /// <summary>Platform key bound to these organisations.</summary>
    public required IReadOnlyList<Guid> OrgIds { get; set; }
    public required string Name { get; set; }
    /// <summary>The OAuth client id to use with <c>grant_type=client_credentials</c>.</summary>
    public required string ClientId { get; set; }
    public required IReadOnlyList<string> Scopes { get; set; }
    public required IReadOnlyList<string> AllowedIps { get; set; }
    public required Guid CreatedById { get; set; }
    public required string CreatedByEmail { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset? ExpiresAt { get; set; }
    public required DateTimeOffset? RotatedAt { get; set; }
    public required DateTimeOffset? RevokedAt { get; set; }
    /// <summary>Last request with the key's tokens (updated at most once a minute).</summary>
    public required DateTimeOffset? LastUsedAt { get; set; }
    public required string? LastUsedIp { get; set; }
    /// <summary><c>active</c>, <c>expired</c> or <c>revoked</c>.</summary>
    public required string Status { get; set; }

    public static ApiKeyResponse From(ApiKey k) => new()
    {
        Id = k.Id, OrgId = k.OrgId, AllOrgs = k.AllOrgs, OrgIds = k.OrgIds, Name = k.Name, ClientId = k.ClientId, Scopes = k.Scopes,
        AllowedIps = k.AllowedIps, CreatedById = k.CreatedById, CreatedByEmail = k.CreatedByEmail, CreatedAt = k.CreatedAt,
        ExpiresAt = k.ExpiresAt, RotatedAt = k.RotatedAt, RevokedAt = k.RevokedAt, LastUsedAt = k.LastUsedAt, LastUsedIp = k.LastUsedIp,
        Status = k.StatusAt(DateTimeOffset.UtcNow),
    };
}

/// <summary>A new or rotated key with its secret.</summary>
public sealed class IssuedApiKeyResponse
{
    public required Guid Id { get; set; }
    public required string ClientId { get; set; }
    /// <summary>The client secret. Shown only in this response: ClientStor keeps only a hash of it.</summary>
    public required string ClientSecret { get; set; }
    public required ApiKeyResponse Key { get; set; }

    public static IssuedApiKeyResponse From(ApiKey k, string secret) =>
        new() { Id = k.Id, ClientId = k.ClientId, ClientSecret = secret, Key = ApiKeyResponse.From(k) };
}

/// <summary>Answers shared by the org and platform key endpoints.</summary>
internal static class ApiKeyAnswers
{
    public static async Task<IResult> RotateAsync(ApiKey? key, ApiKeyService service, HttpContext http, CancellationToken ct)
    {
        if (key is null)
            return Problems.NotFound("The API key");
        var status = key.StatusAt(DateTimeOffset.UtcNow);
        if (status != "active")
            return Problems.Conflict($"The key is {status}; create a new one instead.");
        var secret = await service.RotateAsync(key, ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(IssuedApiKeyResponse.From(key, secret));
    }

    public static async Task<IResult> RevokeAsync(ApiKey? key, ApiKeyService service, CancellationToken ct)
    {
        if (key is null)
            return Problems.NotFound("The API key");
        await service.RevokeAsync(key, ct);
        return Results.NoContent();
    }

    public static IResult Invalid(Dictionary<string, string> errors) =>
        Problems.Validation(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
}

internal static class ApiKeySorts
{
    public static readonly SortCatalog<ApiKey> Catalog = new("-createdAt",
        new SortKey<ApiKey, DateTimeOffset>("createdAt", k => k.CreatedAt, k => k.Id),
        new SortKey<ApiKey, string>("name", k => k.Name, k => k.Id));

    /// <summary>The filters both key lists (org and platform) share.</summary>
    public static IQueryable<ApiKey> Filter(IQueryable<ApiKey> query, bool? includeRevoked, string? q)
    {
        if (includeRevoked != true) query = query.Where(k => k.RevokedAt == null);
        if (string.IsNullOrWhiteSpace(q))
            return query;
        var p = "%" + Like.Escape(q.Trim()) + "%";
        return query.Where(k => EF.Functions.ILike(k.Name, p, "\\") || EF.Functions.ILike(k.ClientId, p, "\\"));
    }
}

public sealed class ListOrgApiKeysRequest : IListRequest
{
    [RouteParam] public Guid OrgId { get; set; }
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

internal sealed class ListOrgApiKeysValidator : Validator<ListOrgApiKeysRequest>
{
    public ListOrgApiKeysValidator()
    {
        ApiKeySorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>The organisation's API keys (never their secrets).</summary>
public sealed class ListOrgApiKeysEndpoint(ClientStorDbContext db) : Endpoint<ListOrgApiKeysRequest, Page<ApiKeyResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/api-keys");
        this.RequireOrgPermission("apikeys.manage");
        Tags("ApiKeys");
        Summary(s => s.Summary = "List API keys");
    }

    public override async Task HandleAsync(ListOrgApiKeysRequest req, CancellationToken ct)
    {
        var query = db.ApiKeys.AsNoTracking().Where(k => k.OrgId == req.OrgId);
        await Send.OkAsync(await ApiKeySorts.Catalog.PageAsync(ApiKeySorts.Filter(query, req.IncludeRevoked, req.Q), req, ApiKeyResponse.From, ct), ct);
    }
}

public sealed class CreateOrgApiKeyRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Permission names the key may use (see GET /api/v1/permissions); never <c>vault.reveal</c>, never more than you hold.</summary>
    public List<string> Scopes { get; set; } = [];
    /// <summary>Optional; defaults to, and may not exceed, the configured maximum (one year).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    /// <summary>IP addresses or CIDR networks (v4 or v6) the key may be used from; empty or absent allows any.</summary>
    public List<string>? AllowedIps { get; set; }
}

/// <summary>
/// Issues an API key for this organisation (fresh re-authentication). The answer holds the client secret — the
/// only time it is shown.
/// </summary>
public sealed class CreateOrgApiKeyEndpoint(ApiKeyService keys, CurrentActor actor, CurrentOrg org) : Endpoint<CreateOrgApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/api-keys");
        this.RequireOrgPermission("apikeys.manage");
        Tags("ApiKeys");
        Summary(s => s.Summary = "Create an API key");
        Description(b => b.Produces<IssuedApiKeyResponse>(201).WithMetadata(new FreshReauthRequired()));
    }

    public override async Task HandleAsync(CreateOrgApiKeyRequest req, CancellationToken ct)
    {
        var draft = new ApiKeyDraft(req.Name, req.Scopes, req.ExpiresAt, req.AllowedIps);
        var errors = keys.Validate(draft, org.Permissions, out var allowedIps);
        if (errors.Count > 0)
        {
            await Send.ResultAsync(ApiKeyAnswers.Invalid(errors));
            return;
        }
        var issued = await keys.CreateAsync(draft, allowedIps, req.OrgId, false, [], (await actor.UserAsync(ct))!, ct);
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/api-keys/{issued.Key.Id}";
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResponseAsync(IssuedApiKeyResponse.From(issued.Key, issued.ClientSecret), 201, ct);
    }
}

public sealed class OrgApiKeyRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid KeyId { get; set; }
}

/// <summary>One API key (never its secret).</summary>
public sealed class GetOrgApiKeyEndpoint(ClientStorDbContext db) : Endpoint<OrgApiKeyRequest, ApiKeyResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/api-keys/{keyId}");
        this.RequireOrgPermission("apikeys.manage");
        Tags("ApiKeys");
        Summary(s => s.Summary = "Get an API key");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(OrgApiKeyRequest req, CancellationToken ct)
    {
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == req.KeyId && k.OrgId == req.OrgId, ct);
        if (key is null)
            await Send.ResultAsync(Problems.NotFound("The API key"));
        else
            await Send.OkAsync(ApiKeyResponse.From(key), ct);
    }
}

/// <summary>Revokes an API key: no new tokens, and every token it already holds fails on its next request.</summary>
public sealed class RevokeOrgApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys) : Endpoint<OrgApiKeyRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/api-keys/{keyId}");
        this.RequireOrgPermission("apikeys.manage");
        Tags("ApiKeys");
        Summary(s => s.Summary = "Revoke an API key");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(OrgApiKeyRequest req, CancellationToken ct)
    {
        await Send.ResultAsync(await ApiKeyAnswers.RevokeAsync(
            await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == req.KeyId && k.OrgId == req.OrgId, ct), keys, ct));
    }
}

/// <summary>
/// Issues a new client secret (fresh re-authentication). The old secret stops working at once and the key's
/// current tokens are revoked; there is no overlap period.
/// </summary>
public sealed class RotateOrgApiKeyEndpoint(ClientStorDbContext db, ApiKeyService keys) : Endpoint<OrgApiKeyRequest, IssuedApiKeyResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/api-keys/{keyId}/rotate");
        this.RequireOrgPermission("apikeys.manage");
        Tags("ApiKeys");
        Summary(s => s.Summary = "Rotate an API key's secret");
        Description(b => b.WithMetadata(new FreshReauthRequired(), new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(OrgApiKeyRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await ApiKeyAnswers.RotateAsync(
            await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == req.KeyId && k.OrgId == req.OrgId, ct), keys, HttpContext, ct));
}

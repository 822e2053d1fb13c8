using System.Security.Cryptography;
using ClientStor.Api.Platform.Configuration;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.ApiKeys;

/// <summary>What a new or changed key asks for, validated by <see cref="ApiKeyService.Validate"/>.</summary>
public sealed record ApiKeyDraft(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt, IReadOnlyList<string>? AllowedIps);

/// <summary>A key and its secret, which exists only in this answer.</summary>
public sealed record IssuedKey(ApiKey Key, string ClientSecret);

/// <summary>Issues, rotates and revokes API keys: our row and its OpenIddict confidential client together.</summary>
public sealed class ApiKeyService(ClientStorDbContext db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens,
    AuditedChanges changes, IOptions<ClientStorOptions> options)
{
    /// <summary>Permissions no key can hold: plaintext secrets leave the server only to a person who just re-authenticated.</summary>
    public static readonly IReadOnlySet<string> NeverGrantable = PermissionCatalog.All.Where(p => !p.ForApiKeys).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public const string NameRequired = "Give the key a name of 1 to 200 characters (what uses it, e.g. 'CI asset export').";
    public const string ScopesRequired = "Choose at least one scope (a permission name such as assets.read).";

    /// <summary>
    /// Field errors for a draft. <paramref name="grantable"/>: the permissions the creator holds where the key will
    /// work — a key never carries more than its creator.
    /// </summary>
    public Dictionary<string, string> Validate(ApiKeyDraft draft, IReadOnlySet<string> grantable, out List<string> allowedIps)
    {
        var errors = new Dictionary<string, string>();
        allowedIps = [];
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > 200)
            errors["name"] = NameRequired;
        if (draft.Scopes.Count == 0)
            errors["scopes"] = ScopesRequired;
        else if (draft.Scopes.FirstOrDefault(s => !PermissionCatalog.Exists(s)) is { } unknown)
            errors["scopes"] = $"'{unknown}' is not a permission. See GET /api/v1/permissions.";
        else if (draft.Scopes.FirstOrDefault(NeverGrantable.Contains) is { } never)
            errors["scopes"] = $"'{never}' can never be granted to an API key: revealing secrets and changing who has access need a person who re-authenticated.";
        else if (draft.Scopes.FirstOrDefault(s => !PermissionCatalog.KeyScopes.Contains(s)) is { } unavailable)
            errors["scopes"] = $"'{unavailable}' belongs to a module that is not available yet.";
        else if (draft.Scopes.FirstOrDefault(s => !grantable.Contains(s)) is { } escalation)
            errors["scopes"] = $"You cannot grant '{escalation}': you do not hold it where this key works.";
        var now = DateTimeOffset.UtcNow;
        var max = options.Value.Auth.ApiKeyMaxLifetime;
        if (draft.ExpiresAt is { } expires && expires <= now)
            errors["expiresAt"] = "The expiry must be in the future.";
        else if (draft.ExpiresAt is { } tooLate && tooLate > now + max)
            errors["expiresAt"] = $"Keys expire within {max.TotalDays:0} days at most; choose an earlier date.";
        foreach (var entry in draft.AllowedIps ?? [])
        {
            if (Platform.Http.Networks.Normalize(entry) is { } network)
                allowedIps.Add(network);
            else
            {
                errors["allowedIps"] = $"'{entry}' is not an IP address or CIDR network (e.g. 203.0.113.7, 10.0.0.0/8, 2001:db8::/32; host bits after the prefix must be zero).";
                break;
            }
        }
        allowedIps = allowedIps.Distinct().ToList();
        return errors;
    }

    /// <summary>Creates the key and its confidential client, audited in one transaction with the key row.</summary>
    public async Task<IssuedKey> CreateAsync(ApiKeyDraft draft, List<string> allowedIps, Guid? orgId, bool allOrgs, List<Guid> orgIds,
        ActorUser creator, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            OrgId = orgId,
            AllOrgs = allOrgs,
            OrgIds = orgIds,
            Name = draft.Name.Trim(),
            ClientId = "csk_" + RandomNumberGenerator.GetHexString(24, lowercase: true),
            Scopes = draft.Scopes.Distinct().Order(StringComparer.Ordinal).ToList(),
            AllowedIps = allowedIps,
            CreatedById = creator.Id,
            CreatedByEmail = creator.Email,
            CreatedAt = now,
            ExpiresAt = draft.ExpiresAt ?? now + options.Value.Auth.ApiKeyMaxLifetime,
        };
        var secret = NewSecret();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var application = await applications.CreateAsync(Descriptor(key, secret), ct);
        key.ApplicationId = (await applications.GetIdAsync(application, ct))!;
        await changes.CreatedAsync(key, ct);
        await tx.CommitAsync(ct);
        return new IssuedKey(key, secret);
    }

    /// <summary>
    /// A new secret; the old one stops working at once and the key's unexpired tokens are revoked. Only an active key
    /// rotates (409 otherwise).
    /// </summary>
    public async Task<string> RotateAsync(ApiKey key, CancellationToken ct)
    {
        var status = key.StatusAt(DateTimeOffset.UtcNow);
        if (status != "active")
            throw new ConflictException($"The key is {status}; create a new one instead.");
        var secret = NewSecret();
        var application = await applications.FindByIdAsync(key.ApplicationId, ct)
            ?? throw new InvalidOperationException($"The OAuth client of API key {key.Id} is missing.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, ct);
        await tokens.RevokeByApplicationIdAsync(key.ApplicationId, ct);
        key.RotatedAt = DateTimeOffset.UtcNow;
        await changes.UpdatedAsync(key, ct, action: "rotated");
        await tx.CommitAsync(ct);
        return secret;
    }

    /// <summary>Revokes the key: no new tokens, and every token it holds fails on its next use (the client and its tokens are deleted).</summary>
    public async Task RevokeAsync(ApiKey key, CancellationToken ct)
    {
        if (key.RevokedAt is not null)
            return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        key.RevokedAt = DateTimeOffset.UtcNow;
        await changes.UpdatedAsync(key, ct, action: "revoked");
        await tokens.RevokeByApplicationIdAsync(key.ApplicationId, ct);
        if (await applications.FindByIdAsync(key.ApplicationId, ct) is { } application)
            await applications.DeleteAsync(application, ct);
        await tx.CommitAsync(ct);
    }

    private static OpenIddictApplicationDescriptor Descriptor(ApiKey key, string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = key.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"API key: {key.Name}",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + Policies.ApiScope },
        };
        foreach (var scope in key.Scopes)
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        return descriptor;
    }

    private static string NewSecret() => "css_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Security.Claims;
using ClientStor.Api.Features.ApiKeys;
using ClientStor.Api.Platform.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

/// <summary>
/// Client credentials for an API key, at <c>/connect/token</c>. OpenIddict has checked the secret and that every requested
/// scope is one of the key's; here the key itself is checked (revoked, expired, caller IP) and the token gets the requested
/// scopes, or all of the key's when none are requested — narrowing, never widening.
/// </summary>
public sealed class ClientCredentialsGrant(ClientStorDbContext db, AuditLog audit, IOptions<ClientStorOptions> options)
{
    public async Task<IResult> IssueAsync(HttpContext http, OpenIddictRequest request, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var ip = http.Connection.RemoteIpAddress;
        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.ClientId == request.ClientId, ct);
        var requested = request.GetScopes().Where(s => s != Policies.ApiScope).ToList();
        // (audited reason, OAuth error, what the caller reads)
        (string Reason, string Error, string Description)? refusal =
            key is null ? ("unknown key", Oidc.Errors.InvalidClient, "The API key is unknown.")
            : key.RevokedAt is not null ? ("revoked", Oidc.Errors.InvalidClient, "The API key is revoked.")
            : key.ExpiresAt <= now ? ("expired", Oidc.Errors.InvalidClient, "The API key is expired.")
            : !Platform.Http.Networks.Allows(key.AllowedIps, ip) ? ("address not allowed", Oidc.Errors.InvalidClient, "This API key may not be used from this IP address.")
            : requested.Except(key.Scopes).Any() ? ("scope not granted to the key", Oidc.Errors.InvalidScope, "A requested scope is not one of the key's scopes.")
            : null;
        if (refusal is { } no)
        {
            await audit.SaveAsync(new AuditEntry(AuditCategories.Api, "token.refused")
            {
                Outcome = AuditOutcomes.Denied, OrgId = key?.OrgId, TargetType = "apikey", TargetId = key?.Id.ToString(),
                Actor = key is null ? new AuditActor("api-key", null, request.ClientId) : new AuditActor("api-key", key.Id.ToString(), key.Name),
                Details = new { grant = "client_credentials", reason = no.Reason, ip = ip?.ToString() },
            }, ct);
            return OAuthAnswers.Refuse(no.Error, no.Description);
        }
        var actor = new AuditActor("api-key", key!.Id.ToString(), key.Name);
        var scopes = requested.Count == 0 ? key.Scopes : requested.Distinct().ToList();
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Oidc.Claims.Name, Oidc.Claims.Role);
        identity.SetClaim(Oidc.Claims.Subject, key.ClientId)
            .SetClaim(Oidc.Claims.Name, key.Name)
            .SetClaim(ClientStorClaims.ApiKeyId, key.Id.ToString());
        identity.SetScopes([Policies.ApiScope, .. scopes]);
        identity.SetResources(Platform.Authentication.AuthenticationSetup.ApiResource);
        identity.SetAccessTokenLifetime(options.Value.Auth.ApiKeyTokenLifetime);
        identity.SetDestinations(TokenClaims.For);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Api, "token.issued")
        {
            Actor = actor, OrgId = key.OrgId, TargetType = "apikey", TargetId = key.Id.ToString(),
            Details = new { grant = "client_credentials", scopes, ip = ip?.ToString() },
        }, ct);
        return OAuthAnswers.Issue(identity);
    }
}

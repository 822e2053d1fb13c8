using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// Turns authorization failures into the right problem. A token whose user was deactivated or whose session
/// ended answers 401; an organisation the caller cannot see answers 404 (existence is not disclosed); a
/// missing org permission answers 403 naming it.
/// </summary>
internal sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && result.AuthorizationFailure?.FailureReasons.Any(r => r.Message == ActiveCallerHandler.Inactive) == true)
            return context.ChallengeAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme,
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictValidationAspNetCoreConstants.Properties.Error] = OpenIddictConstants.Errors.InvalidToken,
                    [OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription] = "The session has ended or the account is no longer active.",
                }));
        var reasons = result.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.PasswordChangeRequired))
            return Problems.Result(Problems.Build(403, "password-change-required", "Password change required.",
                "An administrator reset your password: choose a new one (POST /api/v1/me/password) before doing anything else.")).ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.MfaEnrollmentRequired))
            return Problems.Result(Problems.Build(403, "mfa-enrollment-required", "MFA enrolment required.",
                "Your account must use multi-factor authentication: set up an authenticator app (POST /api/v1/me/mfa/totp, then confirm) before doing anything else.")).ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.IpNotAllowed))
            return DenyKeyAsync(context, "apikey.ip_denied", AuditCategories.Security, Problems.Build(403, "ip-not-allowed", "Address not allowed.",
                $"This API key may not be used from {context.Connection.RemoteIpAddress}."));
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.AdminIpNotAllowed))
        {
            var ip = context.Connection.RemoteIpAddress;
            context.RequestServices.GetRequiredService<Platform.Security.SecurityEvents>().Record(context,
                Platform.Security.SecurityEventKinds.AdminIpDenied, $"{ip}", new { endpoint = $"{context.Request.Method} {context.GetEndpoint()?.DisplayName}" });
            return Problems.Result(Problems.Build(403, "admin-ip-not-allowed", "Address not allowed for administration.",
                $"Administration (users, roles, API keys, settings) is only allowed from the platform's admin networks; {ip} is not one of them.")).ExecuteAsync(context);
        }
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.PeopleOnly))
            return Problems.Result(Problems.Build(403, "people-only", "Not available to API keys.",
                "This operation is for signed-in people (platform administration, sensitive operations needing re-authentication, your own account).")).ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(OrgPermissionHandler.Malformed))
            return Problems.Validation("orgId", "The organisation id in the path is not a UUID.").ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(OrgPermissionHandler.NotFound))
            return Problems.NotFound("The organisation").ExecuteAsync(context);
        if (result.Forbidden && reasons.FirstOrDefault(r => r.StartsWith(OrgPermissionHandler.Missing, StringComparison.Ordinal)) is { } missing)
        {
            var permission = missing[OrgPermissionHandler.Missing.Length..];
            var isKey = context.User.GetClaim(ClientStorClaims.ApiKeyId) is not null;
            var problem = Problems.Build(403, isKey ? "scope-violation" : "missing-permission", "Forbidden.", isKey
                ? $"This API key does not have the '{permission}' scope."
                : $"You need the '{permission}' permission in this organisation.");
            problem.Extensions["permission"] = permission;
            return isKey ? DenyKeyAsync(context, "apikey.scope_violation", AuditCategories.Security, problem, permission)
                : Problems.Result(problem).ExecuteAsync(context);
        }
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.ReauthRequired))
            return Problems.Result(Problems.Build(403, "reauth-required", "Re-authentication required.",
                "This is a sensitive operation: confirm your password (POST /api/v1/auth/reauth), then retry.")).ExecuteAsync(context);
        return fallback.HandleAsync(next, context, policy, result);
    }

    /// <summary>An API key refused for its scope or address: answered with the problem and recorded with key, endpoint, IP and status.</summary>
    private static async Task DenyKeyAsync(HttpContext context, string action, string category, Microsoft.AspNetCore.Mvc.ProblemDetails problem, string? permission = null)
    {
        var routeOrg = context.GetRouteValue("orgId")?.ToString();
        await context.RequestServices.GetRequiredService<AuditLog>().SaveAsync(new AuditEntry(category, action)
        {
            Outcome = AuditOutcomes.Denied,
            OrgId = Guid.TryParse(routeOrg, out var org) && await OrgExistsAsync(context, org) ? org : null,
            TargetType = "apikey", TargetId = context.User.GetClaim(ClientStorClaims.ApiKeyId),
            Details = new { endpoint = $"{context.Request.Method} {context.Request.Path}", permission, status = problem.Status },
        }, context.RequestAborted);
        await Problems.Result(problem).ExecuteAsync(context);
    }

    private static Task<bool> OrgExistsAsync(HttpContext context, Guid orgId) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            context.RequestServices.GetRequiredService<ClientStorDbContext>().Database
                .SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM orgs WHERE id = {orgId}) AS \"Value\""), context.RequestAborted);
}

using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// Org-scoped authorization: an endpoint under <c>/orgs/{orgId}</c> declares the permission it needs with
/// <see cref="RequireOrgPermission"/>; every request checks membership and the permission from the database.
/// </summary>
public static class OrgPolicies
{
    public const string Prefix = "org:";

    public static string For(string permission) => Prefix + permission;

    /// <summary>Declares the permission in <c>Configure()</c>: <c>this.RequireOrgPermission("assets.read")</c>.</summary>
    public static void RequireOrgPermission(this BaseEndpoint endpoint, string permission)
    {
        if (!PermissionCatalog.Exists(permission))
            throw new InvalidOperationException($"{endpoint.GetType().Name} declares unknown permission '{permission}'.");
        endpoint.Definition.Policies(For(permission));
    }
}

internal sealed record OrgPermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Builds "org:&lt;permission&gt;" policies on demand; everything else comes from the configured policies.</summary>
internal sealed class OrgPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    // A name always builds the same policy, so the authorization middleware may combine each endpoint's policy once.
    public override bool AllowsCachingPolicies => true;

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(OrgPolicies.Prefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder(Features.Auth.BearerTokenHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireAssertion(ctx => ctx.User.HasScope(Policies.ApiScope))
            .AddRequirements(new ActiveCallerRequirement(false), new OrgPermissionRequirement(policyName[OrgPolicies.Prefix.Length..]))
            .Build();
    }
}

internal sealed class OrgPermissionHandler(OrgAccess access, CurrentOrg currentOrg, IHttpContextAccessor http)
    : AuthorizationHandler<OrgPermissionRequirement>
{
    public const string NotFound = "org-not-found";
    public const string Missing = "missing-permission:";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrgPermissionRequirement requirement)
    {
        var routeValue = http.HttpContext?.GetRouteValue("orgId")?.ToString();
        if (!Guid.TryParse(routeValue, out var orgId))
        {
            // A malformed id is the binder's 400 to give; nothing in any organisation is reached.
            context.Succeed(requirement);
            return;
        }
        var permissions = await access.PermissionsAsync(orgId, http.HttpContext!.RequestAborted);
        if (permissions is null)
        {
            context.Fail(new AuthorizationFailureReason(this, NotFound));
            return;
        }
        if (!permissions.Contains(requirement.Permission))
        {
            context.Fail(new AuthorizationFailureReason(this, Missing + requirement.Permission));
            return;
        }
        currentOrg.Enter(orgId, permissions);
        context.Succeed(requirement);
    }
}

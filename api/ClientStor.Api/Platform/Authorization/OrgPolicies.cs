using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// Org-scoped authorization: an endpoint under <c>/orgs/{orgId}</c> declares the permission it needs with
/// <see cref="EndpointAccess.RequireOrgPermission"/>; every request checks membership and the permission from the database.
/// </summary>
public static class OrgPolicies
{
    public const string Prefix = "org:";

    public static string For(string permission) => Prefix + permission;
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
        return new AuthorizationPolicyBuilder(Authentication.BearerTokenHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireAssertion(ctx => ctx.User.HasScope(Policies.ApiScope))
            .AddRequirements(new ActiveCallerRequirement(false), new OrgPermissionRequirement(policyName[OrgPolicies.Prefix.Length..]))
            .Build();
    }
}

/// <summary>
/// Admits the caller to the route's organisation: its permissions there come with the caller query (one resolution, from
/// current data, on every request); none means the organisation is not visible (404).
/// </summary>
internal sealed class OrgPermissionHandler(CurrentActor actor, CurrentOrg currentOrg, IHttpContextAccessor http)
    : AuthorizationHandler<OrgPermissionRequirement>
{
    public const string NotFound = "org-not-found";
    public const string Malformed = "org-id-malformed";
    public const string Missing = "missing-permission:";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrgPermissionRequirement requirement)
    {
        var routeValue = http.HttpContext?.GetRouteValue("orgId")?.ToString();
        if (!Guid.TryParse(routeValue, out var orgId))
        {
            // Nothing in any organisation is reached; the caller is told the id is malformed (400).
            context.Fail(new AuthorizationFailureReason(this, Malformed));
            return;
        }
        var permissions = await actor.RouteOrgPermissionsAsync(orgId, http.HttpContext!.RequestAborted);
        if (permissions is null)
        {
            context.Fail(new AuthorizationFailureReason(this, NotFound));
            return;
        }
        if (!permissions.Contains(requirement.Permission))
        {
            // The MSP knowledge base is an organisation only to the knowledge base: every other route does not find it.
            context.Fail(new AuthorizationFailureReason(this, orgId == Tenancy.PlatformKnowledgeBase.OrgId
                && !Tenancy.PlatformKnowledgeBase.Permissions.Contains(requirement.Permission) ? NotFound : Missing + requirement.Permission));
            return;
        }
        currentOrg.Enter(orgId, permissions);
        context.Succeed(requirement);
    }
}

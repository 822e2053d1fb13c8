
namespace ClientStor.Api.Features.Members;

/// <summary>Who belongs to an organisation and with which roles (the memberships themselves live with the roles).</summary>
public static class MembersModule
{
    public static IServiceCollection AddMembersModule(this IServiceCollection services) => services;
}

/// <summary><c>/api/v1/orgs/{orgId}/members</c>.</summary>
public sealed class MembersGroup() : OrgScopedGroup("Members");

/// <summary>The route of one member's operations.</summary>
public sealed class MemberRequest
{
    [FastEndpoints.RouteParam] public Guid UserId { get; set; }
}

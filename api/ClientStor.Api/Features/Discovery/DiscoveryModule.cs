
namespace ClientStor.Api.Features.Discovery;

/// <summary>Network discovery imports (nmap XML) into assets and IP addresses, through their writers.</summary>
public static class DiscoveryModule
{
    public static IServiceCollection AddDiscoveryModule(this IServiceCollection services) => services;
}

/// <summary><c>/api/v1/orgs/{orgId}/discovery</c>.</summary>
public sealed class DiscoveryGroup() : OrgScopedGroup("Discovery");

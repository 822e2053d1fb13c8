
namespace ClientStor.Api.Features.Me;

/// <summary>
/// The signed-in person's own account: profile, password, sessions and MFA, all under <c>/api/v1/me</c>. The entities
/// and services belong to Users (accounts, MFA) and Auth (sessions); this module only answers for "me".
/// </summary>
public static class MeModule
{
    public static IServiceCollection AddMeModule(this IServiceCollection services) => services;
}

/// <summary><c>/api/v1/me</c>: routes relative to <c>/api/v1</c> (<c>"me"</c>, <c>"me/sessions"</c>...).</summary>
public sealed class MeGroup() : PlatformGroup("Me");

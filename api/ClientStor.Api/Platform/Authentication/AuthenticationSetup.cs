using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;

namespace ClientStor.Api.Platform.Authentication;

/// <summary>
/// Bearer tokens on every API request: OpenIddict's validation (this API is its own authorization server) behind
/// <see cref="BearerTokenHandler"/>, which remembers tokens already validated.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>The resource (audience) every access token is issued for.</summary>
    public const string ApiResource = "clientstor-api";

    public static IServiceCollection AddClientStorAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<ValidatedTokens>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = BearerTokenHandler.SchemeName;
                o.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, _ => { });
        services.AddOpenIddict().AddValidation(o =>
        {
            o.UseLocalServer();
            o.UseAspNetCore();
            o.AddAudiences(ApiResource);
            // No EnableTokenEntryValidation/EnableAuthorizationEntryValidation: the same database check (token and its
            // authorization still "valid", so revocation is immediate) runs in CurrentActor's one caller query on every
            // request, together with the user, session, key and membership checks, instead of two more lookups through EF.
        });
        return services;
    }
}

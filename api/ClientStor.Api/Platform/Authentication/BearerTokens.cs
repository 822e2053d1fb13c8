using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace ClientStor.Api.Platform.Authentication;

/// <summary>
/// The API's authentication scheme: OpenIddict validates an access token (signature, lifetime, issuer, audience, type) the
/// first time it is seen; the validated principal is then remembered for that exact token (keyed by its SHA-256, never the
/// token itself) until the token expires, at most <see cref="ValidatedTokens.MaxAge"/>. Token validation through OpenIddict's
/// pipeline was 10% of an asset list's API CPU (perf). Nothing about revocation changes: the token's and its authorization's
/// status, the user, session, key and membership are read from the database on every request (<c>CurrentActor</c>).
/// Challenges and forbids are OpenIddict's, so refusals look exactly as before.
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ValidatedTokens validated) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ClientStor.Bearer";
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        string? key = null;
        if (header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && header.Length > Prefix.Length)
        {
            key = ValidatedTokens.KeyOf(header.AsSpan(Prefix.Length).Trim());
            if (validated.TryGet(key, TimeProvider.GetUtcNow(), out var principal))
                return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
        }
        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (key is not null && result.Succeeded)
        {
            validated.Remember(key, result.Principal, result.Principal.GetExpirationDate(), TimeProvider.GetUtcNow());
            return AuthenticateResult.Success(new AuthenticationTicket(result.Principal, result.Properties, SchemeName));
        }
        return result;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, properties);
}

/// <summary>
/// Principals of access tokens OpenIddict has validated, by the token's SHA-256. Bounded: past <see cref="MaxEntries"/>
/// it starts over (a miss only costs one validation). Every hit hands out a copy, so a request cannot change what the
/// next one sees.
/// </summary>
internal sealed class ValidatedTokens
{
    public const int MaxEntries = 4096;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (ClaimsPrincipal Principal, DateTimeOffset Until)> entries = new(StringComparer.Ordinal);

    public static string KeyOf(ReadOnlySpan<char> token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(token.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, Encoding.UTF8.GetBytes(token, buffer)), hash);
            return Convert.ToBase64String(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public bool TryGet(string key, DateTimeOffset now, out ClaimsPrincipal principal)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            if (entry.Until > now)
            {
                principal = entry.Principal.Clone();
                return true;
            }
            entries.TryRemove(key, out _);
        }
        principal = null!;
        return false;
    }

    public void Remember(string key, ClaimsPrincipal principal, DateTimeOffset? expires, DateTimeOffset now)
    {
        var until = now + MaxAge;
        if (expires is { } e && e < until)
            until = e;
        if (until <= now)
            return;
        if (entries.Count >= MaxEntries)
            entries.Clear();
        entries[key] = (principal.Clone(), until);
    }
}

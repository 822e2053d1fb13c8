namespace ClientStor.Api.Platform.Authorization;

/// <summary>Marks sensitive endpoints: the caller must have signed in or re-authenticated within the configured window.</summary>
public sealed class FreshReauthRequired;

/// <summary>An API key behind the request: its bindings and the scopes its token carries (a subset of the key's).</summary>
public sealed record ActorKey(Guid Id, string Name, Guid? OrgId, bool AllOrgs, IReadOnlyList<Guid> OrgIds, IReadOnlySet<string> Scopes, bool IpAllowed)
{
    public bool IsBoundTo(Guid orgId) => OrgId == orgId || AllOrgs || OrgIds.Contains(orgId);
}

/// <summary>Marks endpoints outside an organisation that API keys may call (for example listing the organisations a key is bound to).</summary>
public sealed class AllowApiKeys;

/// <summary>Marks the few endpoints a user who must change their password may still call.</summary>
public sealed class AllowedDuringPasswordChange;

/// <summary>Marks the endpoints a user who must enrol in MFA may still call (enrolment itself, /me, sign-out).</summary>
public sealed class AllowedDuringMfaEnrolment;

/// <param name="MfaEnabled">The user has confirmed a TOTP authenticator.</param>
/// <param name="MustEnrolMfa">MFA is required (for this user or platform-wide) and the user has none yet.</param>
public sealed record ActorUser(Guid Id, string Email, string DisplayName, bool IsGlobalAdmin, bool MustChangePassword, bool MfaEnabled, bool MustEnrolMfa);

public static class ClientStorClaims
{
    public const string SessionId = "sid";
    public const string GlobalAdmin = "global_admin";
    /// <summary>The API key a client-credentials token was issued to.</summary>
    public const string ApiKeyId = "cs_key";
}

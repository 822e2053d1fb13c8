using System.Data;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// Everything authorization needs about the caller of one request, read in one round trip from current data: the
/// token's and its authorization's status (revocation is immediate — this replaces OpenIddict's two entry lookups),
/// the active user with its session or the active API key, the caller's standing in the route's organisation (through
/// <see cref="UserAccess"/>'s one resolution: memberships and team grants, with the shortest re-authentication window of the
/// roles they give — see <see cref="ReauthWindows"/>) and the admin IP allowlist. Hand-written SQL
/// because it runs on every authenticated request.
/// </summary>
internal static class CallerQuery
{
    // OpenIddict's entry validation accepts an access token whose row is "valid" and whose authorization (if any) is "valid".
    private const string TokenValid = """
        (EXISTS (SELECT 1 FROM "OpenIddictTokens" t WHERE t.id = $1 AND t.status = 'valid' AND t.type = 'urn:ietf:params:oauth:token-type:access_token')
         AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM "OpenIddictAuthorizations" a WHERE a.id = $2 AND a.status = 'valid')))
        """;

    private const string UserSql = $"""
        SELECT {TokenValid} AS token_valid,
               u.email, u.display_name, u.is_global_admin, u.must_change_password, u.totp_enabled_at IS NOT NULL AS mfa_enabled,
               (u.require_mfa OR coalesce(p.require_mfa, false)) AND u.totp_enabled_at IS NULL AS must_enrol_mfa,
               s.id IS NOT NULL AS session_found, s.last_seen_at, s.reauthenticated_at,
               coalesce(p.admin_allowed_ips, ARRAY[]::text[]) AS admin_allowed_ips,
               CASE WHEN $3::uuid IS NULL THEN NULL
                    WHEN u.is_global_admin THEN EXISTS (SELECT 1 FROM orgs o WHERE o.id = $3)
                    ELSE EXISTS (SELECT 1 FROM user_org_access(u.id) a WHERE a.org_id = $3) END AS org_visible,
               CASE WHEN $3::uuid IS NOT NULL AND NOT u.is_global_admin THEN ARRAY(
                    SELECT DISTINCT perm FROM user_org_access(u.id) a, unnest(a.permissions) AS perm WHERE a.org_id = $3) END AS org_permissions,
               CASE WHEN $3::uuid IS NOT NULL THEN (
                    SELECT min(coalesce(a.reauth_window_minutes * 60, $8)) FROM user_org_access(u.id) a WHERE a.org_id = $3) END AS org_reauth_seconds
        FROM users u
        LEFT JOIN sessions s ON s.id = $6 AND s.user_id = u.id AND NOT s.mfa_pending AND s.ended_at IS NULL
                            AND s.expires_at > $4 AND s.last_seen_at > $7
        LEFT JOIN platform_settings p ON p.id = 1
        WHERE u.id = $5 AND u.is_active
        """;

    private const string KeySql = $"""
        SELECT {TokenValid} AS token_valid,
               k.name, k.org_id, k.all_orgs, k.org_ids, k.scopes, k.allowed_ips, k.last_used_at,
               coalesce((SELECT p.admin_allowed_ips FROM platform_settings p WHERE p.id = 1), ARRAY[]::text[]) AS admin_allowed_ips,
               CASE WHEN $3::uuid IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM orgs o WHERE o.id = $3) END AS org_exists
        FROM api_keys k
        WHERE k.id = $5 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > $4)
        """;

    internal sealed record UserRow(bool TokenValid, string Email, string DisplayName, bool IsGlobalAdmin, bool MustChangePassword,
        bool MfaEnabled, bool MustEnrolMfa, bool SessionFound, DateTimeOffset? LastSeenAt, DateTimeOffset? ReauthenticatedAt,
        string[] AdminAllowedIps, bool? OrgVisible, string[]? OrgPermissions, int? OrgReauthSeconds);

    internal sealed record KeyRow(bool TokenValid, string Name, Guid? OrgId, bool AllOrgs, Guid[] OrgIds, string[] Scopes,
        string[] AllowedIps, DateTimeOffset? LastUsedAt, string[] AdminAllowedIps, bool? OrgExists);

    public static Task<UserRow?> UserAsync(ClientStorDbContext db, string? tokenId, string? authorizationId, Guid userId, Guid? sessionId,
        DateTimeOffset now, DateTimeOffset idleSince, Guid? orgId, TimeSpan defaultReauthWindow, CancellationToken ct) =>
        RunAsync(db, UserSql, cmd =>
        {
            AddCommon(cmd, tokenId, authorizationId, orgId, now);
            cmd.Parameters.Add(new NpgsqlParameter<Guid> { NpgsqlDbType = NpgsqlDbType.Uuid, TypedValue = userId });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = (object?)sessionId ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = idleSince });
            cmd.Parameters.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer, TypedValue = (int)defaultReauthWindow.TotalSeconds });
        }, r => new UserRow(r.GetBoolean(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4), r.GetBoolean(5), r.GetBoolean(6),
            r.GetBoolean(7), NullableTime(r, 8), NullableTime(r, 9), r.GetFieldValue<string[]>(10),
            r.IsDBNull(11) ? null : r.GetBoolean(11), r.IsDBNull(12) ? null : r.GetFieldValue<string[]>(12), r.IsDBNull(13) ? null : r.GetInt32(13)), ct);

    public static Task<KeyRow?> KeyAsync(ClientStorDbContext db, string? tokenId, string? authorizationId, Guid keyId,
        DateTimeOffset now, Guid? orgId, CancellationToken ct) =>
        RunAsync(db, KeySql, cmd =>
        {
            AddCommon(cmd, tokenId, authorizationId, orgId, now);
            cmd.Parameters.Add(new NpgsqlParameter<Guid> { NpgsqlDbType = NpgsqlDbType.Uuid, TypedValue = keyId });
        }, r => new KeyRow(r.GetBoolean(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetGuid(2), r.GetBoolean(3), r.GetFieldValue<Guid[]>(4),
            r.GetFieldValue<string[]>(5), r.GetFieldValue<string[]>(6), NullableTime(r, 7), r.GetFieldValue<string[]>(8),
            r.IsDBNull(9) ? null : r.GetBoolean(9)), ct);

    // Positional parameters ($1 ..) in this order: Npgsql sends the SQL as is instead of parsing it for named ones.
    private static void AddCommon(NpgsqlCommand cmd, string? tokenId, string? authorizationId, Guid? orgId, DateTimeOffset now)
    {
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)tokenId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)authorizationId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = (object?)orgId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = now });
    }

    private static DateTimeOffset? NullableTime(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    /// <summary>Runs on the DbContext's own connection (and transaction, if any), opening it only for this command.</summary>
    private static async Task<T?> RunAsync<T>(ClientStorDbContext db, string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> read, CancellationToken ct)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand(sql, connection) { Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() };
            bind(cmd);
            await using var reader = await cmd.ExecuteReaderAsync(CommandBehavior.SingleRow, ct);
            return await reader.ReadAsync(ct) ? read(reader) : null;
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }
}

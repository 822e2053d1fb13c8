using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ClientStor.Api.Platform.Auditing;

/// <summary>
/// The hash chain's arithmetic: one definition of a row's canonical form, used to write and to verify. The database
/// links rows at commit (<c>audit_pending_seal</c>, migration AuditSealAtCommit) from the application's
/// <see cref="CanonicalTail"/> and must build the same bytes as <see cref="ComputeHash(string, long, string, long, string)"/>.
/// </summary>
public static class AuditChain
{
    public const string Platform = "platform";

    public static string ChainFor(Guid? orgId) => orgId?.ToString() ?? Platform;

    /// <summary>PostgreSQL keeps microseconds: hash exactly what will be read back.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    public static string ComputeHash(AuditEvent e) => ComputeHash(e.PrevHash, e.Id, e.Chain, e.ChainSeq, CanonicalTail(e));

    /// <summary>
    /// Chains are GUID strings or <c>platform</c>, so their JSON is <c>"chain"</c> with nothing to escape: the
    /// database writes the same bytes with <c>to_json(chain)</c>.
    /// </summary>
    public static string ComputeHash(string prevHash, long id, string chain, long chainSeq, string canonicalTail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            prevHash + "\n[" + id.ToString(CultureInfo.InvariantCulture) + "," + JsonSerializer.Serialize(chain) + ","
            + chainSeq.ToString(CultureInfo.InvariantCulture) + "," + canonicalTail)));

    /// <summary>
    /// The fields after id, chain and seq as the end of a JSON array (no leading <c>[</c>, ends with <c>]</c>). The
    /// default encoder escapes every non-ASCII and HTML-sensitive character, so the tail is plain ASCII.
    /// </summary>
    public static string CanonicalTail(IAuditContent e) =>
        JsonSerializer.Serialize(new object?[]
        {
            e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            e.Category, e.Action, e.Outcome, e.ActorType, e.ActorId, e.ActorName, e.OrgId?.ToString(),
            e.TargetType, e.TargetId, e.Ip, e.UserAgent, e.RequestId, e.Details,
        })[1..];
}

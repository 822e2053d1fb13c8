using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ClientStor.Api.Platform.Auditing;

/// <summary>The hash chain's arithmetic: one definition of a row's canonical form, used to write and to verify.</summary>
public static class AuditChain
{
    public const string Platform = "platform";

    public static string ChainFor(Guid? orgId) => orgId?.ToString() ?? Platform;

    /// <summary>PostgreSQL keeps microseconds: hash exactly what will be read back.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    public static string ComputeHash(AuditEvent e)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            e.Id, e.Chain, e.ChainSeq, e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            e.Category, e.Action, e.Outcome, e.ActorType, e.ActorId, e.ActorName, e.OrgId?.ToString(),
            e.TargetType, e.TargetId, e.Ip, e.UserAgent, e.RequestId, e.Details,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.PrevHash + "\n" + canonical)));
    }
}

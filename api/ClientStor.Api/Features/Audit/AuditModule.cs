using System.Text.Json;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Audit;

/// <summary>Reading the audit log: lists, CSV export, statistics, the security summary and chain verification.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services) => services;
}

/// <summary><c>/api/v1/audit</c> and <c>/api/v1/security</c>: the whole log (platform administration).</summary>
public sealed class AuditGroup() : PlatformGroup("Audit");

/// <summary><c>/api/v1/orgs/{orgId}/audit</c>: one organisation's log.</summary>
public sealed class OrgAuditGroup() : OrgScopedGroup("Audit");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class AuditMapper
{
    [MapProperty(nameof(AuditEvent.Details), nameof(AuditEventResponse.Details), Use = nameof(ParseDetails))]
    [MapperIgnoreTarget(nameof(AuditEventResponse.Text))]
    [MapperIgnoreTarget(nameof(AuditEventResponse.OrgName))]
    [MapperIgnoreTarget(nameof(AuditEventResponse.TargetName))]
    public static partial AuditEventResponse ToResponse(this AuditEvent e);

    [UserMapping(Default = false)]
    private static JsonElement? ParseDetails(string? json)
    {
        if (json is null)
            return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

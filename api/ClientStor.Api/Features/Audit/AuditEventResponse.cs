using System.Text.Json;

namespace ClientStor.Api.Features.Audit;

public sealed class AuditEventResponse
{
    public required long Id { get; set; }
    public required DateTimeOffset OccurredAt { get; set; }
    public required string Category { get; set; }
    public required string Action { get; set; }
    public required string Outcome { get; set; }
    public required string ActorType { get; set; }
    public required string? ActorId { get; set; }
    public required string? ActorName { get; set; }
    public required Guid? OrgId { get; set; }
    public required string? TargetType { get; set; }
    public required string? TargetId { get; set; }
    public required string? Ip { get; set; }
    public required string? UserAgent { get; set; }
    public required string? RequestId { get; set; }
    /// <summary>Free-form JSON: before/after values, changed fields, reasons.</summary>
    public required JsonElement? Details { get; set; }
}

public sealed class AuditPage
{
    public required IReadOnlyList<AuditEventResponse> Items { get; init; }
    public string? NextCursor { get; init; }
}

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
    /// <summary>The event as a sentence with names, not ids: "Alice Admin updated credential Core switch (password)". Never a secret.</summary>
    public string Text { get; set; } = "";
    /// <summary>The organisation's current name (null for platform events).</summary>
    public string? OrgName { get; set; }
    /// <summary>The target's name as the event recorded it, when it did.</summary>
    public string? TargetName { get; set; }
}

public sealed class AuditPage
{
    public required IReadOnlyList<AuditEventResponse> Items { get; init; }
    public string? NextCursor { get; init; }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Platform.Http;

/// <summary>A POST remembered under its Idempotency-Key, so a retry replays the first response.</summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }
    /// <summary>Who sent it (user or client id): keys are private to their caller.</summary>
    public string Actor { get; set; } = "";
    public string Key { get; set; } = "";
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    public string RequestHash { get; set; } = "";
    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[]? Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.Property(x => x.Actor).HasMaxLength(200);
        b.Property(x => x.Key).HasMaxLength(200);
        b.Property(x => x.Method).HasMaxLength(10);
        b.Property(x => x.Path).HasMaxLength(2000);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.HasIndex(x => new { x.Actor, x.Key }).IsUnique();
        b.HasIndex(x => x.CreatedAt);
    }
}

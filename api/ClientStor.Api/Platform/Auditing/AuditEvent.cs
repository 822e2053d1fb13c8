using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Platform.Auditing;

/// <summary>
/// One row of the append-only audit log. Rows form hash chains (one per organisation plus a platform
/// chain): <see cref="Hash"/> = SHA-256(<see cref="PrevHash"/> ‖ canonical row), so any edit, deletion or
/// reordering done behind the application's back is found by <c>audit verify</c>.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    /// <summary>The chain the row belongs to: the org id, or <c>platform</c>.</summary>
    public string Chain { get; set; } = "";
    /// <summary>1, 2, 3… within the chain.</summary>
    public long ChainSeq { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string ActorType { get; set; } = "";
    public string? ActorId { get; set; }
    public string? ActorName { get; set; }
    public Guid? OrgId { get; set; }
    public string? TargetType { get; set; }
    public string? TargetId { get; set; }
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    public string? RequestId { get; set; }
    /// <summary>JSON, stored byte-for-byte as hashed (a <c>json</c>, not <c>jsonb</c>, column).</summary>
    public string? Details { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

/// <summary>The newest row of each chain; its row lock serialises writers so a chain never forks.</summary>
public sealed class AuditChainHead
{
    public string Chain { get; set; } = "";
    public long LastSeq { get; set; }
    public string LastHash { get; set; } = "";
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("audit_events");
        // Ids come from the sequence before insert, so the id is part of the hashed content.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Chain).HasMaxLength(40);
        b.Property(x => x.Category).HasMaxLength(32);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.Outcome).HasMaxLength(16);
        b.Property(x => x.ActorType).HasMaxLength(16);
        b.Property(x => x.ActorId).HasMaxLength(100);
        b.Property(x => x.ActorName).HasMaxLength(320);
        b.Property(x => x.TargetType).HasMaxLength(64);
        b.Property(x => x.TargetId).HasMaxLength(100);
        b.Property(x => x.Ip).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
        b.Property(x => x.RequestId).HasMaxLength(100);
        b.Property(x => x.Details).HasColumnType("json");
        b.Property(x => x.PrevHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.Chain, x.ChainSeq }).IsUnique();
        b.HasIndex(x => new { x.OrgId, x.Id });
        b.HasIndex(x => new { x.Category, x.Id });
        b.HasIndex(x => new { x.ActorId, x.Id });
        b.HasIndex(x => new { x.TargetType, x.TargetId });
        b.HasIndex(x => x.OccurredAt);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_heads");
        b.HasKey(x => x.Chain);
        b.Property(x => x.Chain).HasMaxLength(40);
        b.Property(x => x.LastHash).HasMaxLength(64);
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Platform.Auditing;

/// <summary>
/// One row of the append-only audit log. Rows form hash chains (one per organisation plus a platform
/// chain): <see cref="Hash"/> = SHA-256(<see cref="PrevHash"/> ‖ canonical row), so any edit, deletion or
/// reordering done behind the application's back is found by <c>audit verify</c>.
/// </summary>
public sealed class AuditEvent : AuditContent
{
    public long Id { get; set; }
    /// <summary>The chain the row belongs to: the org id, or <c>platform</c>.</summary>
    public string Chain { get; set; } = "";
    /// <summary>1, 2, 3… within the chain.</summary>
    public long ChainSeq { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

/// <summary>What audit rows and rows waiting for their commit both hold: everything the hash covers besides id, chain and link.</summary>
public abstract class AuditContent : IAuditContent
{
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
}

/// <summary>What a row's hash covers besides its id, chain, sequence number and link (see <see cref="AuditChain.CanonicalTail"/>).</summary>
public interface IAuditContent
{
    DateTimeOffset OccurredAt { get; }
    string Category { get; }
    string Action { get; }
    string Outcome { get; }
    string ActorType { get; }
    string? ActorId { get; }
    string? ActorName { get; }
    Guid? OrgId { get; }
    string? TargetType { get; }
    string? TargetId { get; }
    string? Ip { get; }
    string? UserAgent { get; }
    string? RequestId { get; }
    string? Details { get; }
}

/// <summary>
/// An audit row waiting for its transaction to commit. A deferred trigger then links it into its chain (id, seq,
/// prev hash, hash), moves it to <c>audit_events</c> and deletes it: the chain head is locked only during the commit,
/// and a row never outlives its transaction.
/// </summary>
public sealed class AuditPending : AuditContent
{
    public long Id { get; set; }
    /// <summary>The writing transaction (set by the database), so the trigger seals exactly that transaction's rows.</summary>
    public long TransactionId { get; set; }
    /// <summary>Order of the entries within the transaction; the insert order of a SaveChanges is not guaranteed.</summary>
    public long Position { get; set; }
    public string Chain { get; set; } = "";
    /// <summary><see cref="AuditChain.CanonicalTail"/> of the fields above: the database hashes it without re-serialising.</summary>
    public string CanonicalTail { get; set; } = "";
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
        AuditContentColumns.Configure(b);
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

internal sealed class AuditPendingConfiguration : IEntityTypeConfiguration<AuditPending>
{
    public void Configure(EntityTypeBuilder<AuditPending> b)
    {
        b.ToTable("audit_pending");
        b.Property(x => x.TransactionId).HasDefaultValueSql("pg_current_xact_id()::text::bigint");
        AuditContentColumns.Configure(b);
        b.HasIndex(x => x.TransactionId);
    }
}

/// <summary>The columns audit rows and rows waiting for their commit share.</summary>
internal static class AuditContentColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : class, IAuditContent
    {
        b.Property<string>("Chain").HasMaxLength(40);
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
    }
}

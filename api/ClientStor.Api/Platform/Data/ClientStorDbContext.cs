using System.Linq.Expressions;
using ClientStor.Api.Platform.Http;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClientStor.Api.Platform.Data;

/// <summary>
/// The one DbContext. Instances come from a pool (see <c>AddClientStorData</c>): each request leases one and gives it
/// its <see cref="Tenancy.CurrentOrg"/>, which the query filters read. Modules add their entities through their own
/// <c>IEntityTypeConfiguration</c> classes and reach them through extension properties (<c>db.Assets</c>) declared in
/// the module, so the platform knows no feature.
/// </summary>
public sealed class ClientStorDbContext(DbContextOptions<ClientStorDbContext> options) : DbContext(options)
{
    /// <summary>
    /// The pending-list limit (kB) of every GIN index: lookups scan the not-yet-merged entries linearly, so the list stays
    /// short (PostgreSQL's default is 4 MB), while inserts still go through it and are merged in bulk.
    /// </summary>
    public const int GinPendingListKb = 256;

    /// <summary>The request's organisation once authorization has admitted it; set on every lease from the pool.</summary>
    internal CurrentOrg? CurrentOrg { get; set; }

    /// <summary>Set once a request is admitted to an organisation; org-scoped entities are filtered by it.</summary>
    private Guid? CurrentOrgId => CurrentOrg?.OrgId;

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<AuditPending> AuditPending => Set<AuditPending>();
    public DbSet<Crypto.MasterKeyInfo> MasterKeyInfo => Set<Crypto.MasterKeyInfo>();
    public DbSet<Crypto.KeyVersion> KeyVersions => Set<Crypto.KeyVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram search inside an organisation: pg_trgm for the text, btree_gin for the uuid in the same GIN index.
        modelBuilder.HasPostgresExtension("pg_trgm").HasPostgresExtension("btree_gin");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClientStorDbContext).Assembly);
        modelBuilder.UseOpenIddict();
        modelBuilder.HasSequence<long>("audit_events_id_seq");
        modelBuilder.Entity<AuditEvent>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.IsAssignableTo(typeof(IOrgScoped))))
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(OrgFilter(entity.ClrType));
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Ids are made by the code (UUIDv7) before insert: a Guid key is never generated, so a new child row with its id
            // set is inserted, not mistaken for an existing one.
            foreach (var key in entity.GetKeys().SelectMany(k => k.Properties).Where(p => p.ClrType == typeof(Guid) && p.ValueGenerated == ValueGenerated.OnAdd))
                key.ValueGenerated = ValueGenerated.Never;
            if (entity.ClrType.IsAssignableTo(typeof(IVersioned)))
                modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsRowVersion();
        }
    }

    /// <summary><c>x => CurrentOrgId == null || x.OrgId == CurrentOrgId</c> for an entity whose OrgId is a Guid or Guid?.</summary>
    private LambdaExpression OrgFilter(Type type)
    {
        var x = Expression.Parameter(type, "x");
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrgId));
        var orgId = Expression.Property(x, "OrgId");
        var own = orgId.Type == typeof(Guid?) ? (Expression)orgId : Expression.Convert(orgId, typeof(Guid?));
        return Expression.Lambda(Expression.OrElse(Expression.Equal(current, Expression.Constant(null, typeof(Guid?))), Expression.Equal(own, current)), x);
    }
}

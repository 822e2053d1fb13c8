using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Roles;
using ClientStor.Api.Platform.Tenancy;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Hosting;
using ClientStor.Api.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Platform.Data;

/// <summary>
/// The one DbContext. Instances come from a pool (see <c>AddClientStorData</c>): each request leases one and gives it
/// its <see cref="Tenancy.CurrentOrg"/>, which the query filters read.
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

    public DbSet<User> Users => Set<User>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionAuthorization> SessionAuthorizations => Set<SessionAuthorization>();
    public DbSet<Org> Orgs => Set<Org>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<MembershipRole> MembershipRoles => Set<MembershipRole>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<AuditPending> AuditPending => Set<AuditPending>();
    public DbSet<Features.Assets.Asset> Assets => Set<Features.Assets.Asset>();
    public DbSet<Features.Assets.AssetInterface> AssetInterfaces => Set<Features.Assets.AssetInterface>();
    public DbSet<Features.Assets.AssetRelation> AssetRelations => Set<Features.Assets.AssetRelation>();
    public DbSet<Features.Assets.CustomAssetType> CustomAssetTypes => Set<Features.Assets.CustomAssetType>();
    public DbSet<Features.Assets.Location> Locations => Set<Features.Assets.Location>();
    public DbSet<Features.Assets.Contact> Contacts => Set<Features.Assets.Contact>();
    public DbSet<Features.Ipam.Vlan> Vlans => Set<Features.Ipam.Vlan>();
    public DbSet<Features.Ipam.Subnet> Subnets => Set<Features.Ipam.Subnet>();
    public DbSet<Features.Ipam.IpAddressRecord> IpAddresses => Set<Features.Ipam.IpAddressRecord>();
    public DbSet<Features.Racks.Rack> Racks => Set<Features.Racks.Rack>();
    public DbSet<Features.Racks.RackPlacement> RackPlacements => Set<Features.Racks.RackPlacement>();
    public DbSet<Features.Racks.PatchPanel> PatchPanels => Set<Features.Racks.PatchPanel>();
    public DbSet<Features.Racks.PatchPort> PatchPorts => Set<Features.Racks.PatchPort>();
    public DbSet<Features.Vault.Credential> Credentials => Set<Features.Vault.Credential>();
    public DbSet<Features.Vault.CredentialSecret> CredentialSecrets => Set<Features.Vault.CredentialSecret>();
    public DbSet<Features.Vault.VaultFolder> VaultFolders => Set<Features.Vault.VaultFolder>();
    public DbSet<Features.ApiKeys.ApiKey> ApiKeys => Set<Features.ApiKeys.ApiKey>();
    public DbSet<Features.Mfa.RecoveryCode> RecoveryCodes => Set<Features.Mfa.RecoveryCode>();
    public DbSet<Features.Settings.PlatformSettings> PlatformSettings => Set<Features.Settings.PlatformSettings>();
    public DbSet<Crypto.MasterKeyInfo> MasterKeyInfo => Set<Crypto.MasterKeyInfo>();
    public DbSet<Crypto.KeyVersion> KeyVersions => Set<Crypto.KeyVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram search inside an organisation: pg_trgm for the text, btree_gin for the uuid in the same GIN index.
        modelBuilder.HasPostgresExtension("pg_trgm").HasPostgresExtension("btree_gin");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClientStorDbContext).Assembly);
        modelBuilder.UseOpenIddict();
        modelBuilder.HasSequence<long>("audit_events_id_seq");
        modelBuilder.Entity<Role>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Membership>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<MembershipRole>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.ApiKeys.ApiKey>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Vault.Credential>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Vault.CredentialSecret>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Vault.VaultFolder>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Assets.Asset>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Assets.AssetInterface>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Assets.AssetRelation>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Assets.CustomAssetType>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Assets.Location>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Assets.Contact>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Ipam.Vlan>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Ipam.Subnet>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Ipam.IpAddressRecord>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Racks.Rack>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Racks.RackPlacement>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Racks.PatchPanel>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<Features.Racks.PatchPort>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
        modelBuilder.Entity<AuditEvent>().HasQueryFilter(x => CurrentOrgId == null || x.OrgId == CurrentOrgId);
    }
}

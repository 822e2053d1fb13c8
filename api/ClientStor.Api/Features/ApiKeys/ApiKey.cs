using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.ApiKeys;

/// <summary>
/// A scoped API key: an OpenIddict confidential client (<see cref="ClientId"/>; its secret lives only as
/// OpenIddict's hash) plus what this table adds — the organisations it is bound to, its scopes (permission
/// names), IP allowlist, expiry and revocation. Every request with one of its tokens is checked against this row.
/// </summary>
[Resource("apikey", AuditCategories.Api, Display = "API key")]
public sealed class ApiKey : IOrgScoped, IVersioned
{
    public Guid Id { get; set; }
    /// <summary>The organisation of an org key; null for a platform key.</summary>
    public Guid? OrgId { get; set; }
    /// <summary>Platform key bound to every organisation, present and future.</summary>
    public bool AllOrgs { get; set; }
    /// <summary>Platform key bound to these organisations.</summary>
    public List<Guid> OrgIds { get; set; } = [];
    public string Name { get; set; } = "";
    public string ClientId { get; set; } = "";
    /// <summary>The OpenIddict application id (deleted on revocation, with its tokens).</summary>
    [NotAudited] public string ApplicationId { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
    /// <summary>IP addresses and CIDR networks (v4 and v6) the key may be used from; empty allows any.</summary>
    public List<string> AllowedIps { get; set; } = [];
    public Guid CreatedById { get; set; }
    public string CreatedByEmail { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RotatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>Updated at most once a minute per key (see <c>CurrentActor</c>), not on every request.</summary>
    [NotAudited] public DateTimeOffset? LastUsedAt { get; set; }
    [NotAudited] public string? LastUsedIp { get; set; }
    /// <summary>The row version (PostgreSQL's xmin): the etag. Recording a use changes it too.</summary>
    public uint Version { get; set; }

    public string StatusAt(DateTimeOffset now) => RevokedAt is not null ? "revoked" : ExpiresAt <= now ? "expired" : "active";

    public bool IsBoundTo(Guid orgId) => OrgId == orgId || AllOrgs || OrgIds.Contains(orgId);
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ClientId).HasMaxLength(64);
        b.Property(x => x.ApplicationId).HasMaxLength(100);
        b.Property(x => x.CreatedByEmail).HasMaxLength(320);
        b.Property(x => x.LastUsedIp).HasMaxLength(64);
        b.HasIndex(x => x.ClientId).IsUnique();
        b.HasIndex(x => new { x.OrgId, x.CreatedAt });
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

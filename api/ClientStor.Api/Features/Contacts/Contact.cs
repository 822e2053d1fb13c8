using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Contacts;

/// <summary>A person at the client: who an asset is assigned to, whom to call.</summary>
[Resource("contact", AuditCategories.Organisation)]
public sealed class Contact : IOrgEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Role { get; set; }
    public string? Notes { get; set; }
    /// <summary>A key contact: listed on the organisation's overview (whom to call first).</summary>
    public bool IsKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("contacts");
        b.HasSearchColumn("name", "coalesce(email, '')", "coalesce(phone, '')", "coalesce(role, '')"); // global search
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.Phone).HasMaxLength(64);
        b.Property(x => x.Role).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(10_000);
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id });
        b.HasIndex(x => new { x.OrgId, x.Name, x.Id }, "ix_contacts_key").HasDatabaseName("ix_contacts_key").HasFilter("is_key"); // the overview's key contacts
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

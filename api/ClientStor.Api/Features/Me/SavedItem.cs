using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Me;

/// <summary>
/// An item a person marked as a favourite, in their own order: an organisation or something in one (see
/// <c>ItemDirectory.Types</c>). Stored on the server, so it follows the person to any browser. Audited in the item's
/// organisation (a person's use of that organisation's items), where the activity feed leaves it out.
/// </summary>
[Resource("favourite", AuditCategories.Organisation)]
public sealed class Favourite : IVersioned
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    /// <summary><c>org</c>, <c>asset</c>, <c>credential</c>, <c>contact</c>, <c>location</c>, <c>subnet</c> or <c>rack</c>.</summary>
    public string ItemType { get; set; } = "";
    public Guid ItemId { get; set; }
    /// <summary>The item's organisation (for an organisation, itself).</summary>
    public Guid ItemOrgId { get; set; }
    /// <summary>0-based place in the person's list.</summary>
    public int Position { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>An item a person opened lately (the SPA records it when a page of the item opens); the newest 20 are kept.</summary>
[Resource("recent", AuditCategories.Organisation, Display = "recently opened item")]
public sealed class RecentItem : IVersioned
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string ItemType { get; set; } = "";
    public Guid ItemId { get; set; }
    public Guid ItemOrgId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class FavouriteConfiguration : IEntityTypeConfiguration<Favourite>
{
    public void Configure(EntityTypeBuilder<Favourite> b)
    {
        b.ToTable("favourites");
        b.Property(x => x.ItemType).HasMaxLength(32);
        b.HasIndex(x => new { x.UserId, x.ItemType, x.ItemId }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.Position });
        b.HasIndex(x => x.ItemOrgId);
        b.HasOne<Users.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.ItemOrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecentItemConfiguration : IEntityTypeConfiguration<RecentItem>
{
    public void Configure(EntityTypeBuilder<RecentItem> b)
    {
        b.ToTable("recent_items");
        b.Property(x => x.ItemType).HasMaxLength(32);
        b.HasIndex(x => new { x.UserId, x.ItemType, x.ItemId }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.OpenedAt });
        b.HasIndex(x => x.ItemOrgId);
        b.HasOne<Users.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Orgs.Org>().WithMany().HasForeignKey(x => x.ItemOrgId).OnDelete(DeleteBehavior.Cascade);
    }
}

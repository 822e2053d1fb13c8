using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Platform.Search;

/// <summary>
/// The searchable text of a table: one lower-cased column the database keeps (the fields joined by the unit separator,
/// so a match cannot span two fields), matched with LIKE through a trigram index that also holds the organisation —
/// a search reads only the matching rows, in one organisation or across all of them.
/// </summary>
public static class SearchColumn
{
    /// <summary>The shadow property (column <c>search_text</c>).</summary>
    public const string Property = "SearchText";

    /// <summary>Declares the column as <c>lower(field1 || US || field2 ...)</c> of the given SQL expressions, and its index.</summary>
    public static void HasSearchColumn<T>(this EntityTypeBuilder<T> b, params string[] fieldsSql) where T : class, IOrgEntity
    {
        b.Property<string>(Property).HasComputedColumnSql("lower(" + string.Join(@" || E'\x1f' || ", fieldsSql) + ")", stored: true);
        // A small pending list: see the asset configuration's note on gin_pending_list_limit.
        b.HasIndex(nameof(IOrgEntity.OrgId), Property).HasMethod("gin").HasOperators("uuid_ops", "gin_trgm_ops")
            .HasStorageParameter("gin_pending_list_limit", ClientStorDbContext.GinPendingListKb);
    }

    /// <summary>The rows of <paramref name="query"/>'s organisations whose search column contains the text, at most <see cref="SearchQuery.Candidates"/>.</summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> rows, SearchQuery query) where T : class, IOrgEntity
    {
        if (query.OrgIds is { } orgIds)
            rows = rows.Where(x => orgIds.Contains(x.OrgId));
        var pattern = query.Contains;
        return rows.Where(x => EF.Functions.Like(EF.Property<string>(x, Property), pattern)).Take(query.Candidates);
    }

    /// <summary>The first field of a search column's value (fields are joined by the unit separator).</summary>
    public static string FirstField(string searchText) => searchText.Split('\x1f', 2)[0];
}

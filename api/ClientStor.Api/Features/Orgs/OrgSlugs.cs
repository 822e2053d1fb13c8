using Npgsql;

namespace ClientStor.Api.Features.Orgs;

/// <summary>Organisation names and slugs are unique: checks before a write, and the conflict a lost race gets.</summary>
internal static class OrgSlugs
{
    /// <summary>The slug itself, or with -2, -3… appended until unused.</summary>
    public static async Task<string> FreeSlugAsync(ClientStorDbContext db, string slug, CancellationToken ct)
    {
        var taken = await db.Orgs.Where(o => o.Slug == slug || o.Slug.StartsWith(slug + "-")).Select(o => o.Slug).ToListAsync(ct);
        if (!taken.Contains(slug))
            return slug;
        for (var i = 2; ; i++)
            if (!taken.Contains($"{slug}-{i}"))
                return $"{slug}-{i}";
    }

    public static async Task EnsureNameFreeAsync(ClientStorDbContext db, string name, Guid? except, CancellationToken ct)
    {
        var normalized = Org.NormalizeName(name);
        if (await db.Orgs.AnyAsync(o => o.NormalizedName == normalized && o.Id != except, ct))
            throw NameTaken(name);
    }

    public static async Task EnsureSlugFreeAsync(ClientStorDbContext db, string slug, Guid? except, CancellationToken ct)
    {
        if (await db.Orgs.AnyAsync(o => o.Slug == slug && o.Id != except, ct))
            throw SlugTaken(slug);
    }

    /// <summary>Runs a save; a unique violation (a concurrent write of the same name or slug won) becomes the 409 the check gives.</summary>
    public static async Task SaveUniqueAsync(Func<Task> save, Org org)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
        {
            throw pg.ConstraintName?.Contains("slug", StringComparison.Ordinal) == true ? SlugTaken(org.Slug) : NameTaken(org.Name);
        }
    }

    private static ConflictException NameTaken(string name) => new($"An organisation named '{name}' already exists.", "name");

    private static ConflictException SlugTaken(string slug) => new($"The slug '{slug}' is already used by another organisation.", "slug");
}


namespace ClientStor.Api.Platform.Tenancy;

public static class OrgQueries
{
    /// <summary>
    /// The entity with this id in this organisation, or <see cref="NotFoundException"/> (404): a missing id and another
    /// organisation's id look the same.
    /// </summary>
    public static async Task<T> FindInOrgAsync<T>(this IQueryable<T> query, Guid orgId, Guid id, CancellationToken ct) where T : class, IOrgEntity =>
        await query.FirstOrDefaultAsync(x => x.Id == id && x.OrgId == orgId, ct) ?? throw new NotFoundException(ResourceInfo.Of<T>().Title);

}

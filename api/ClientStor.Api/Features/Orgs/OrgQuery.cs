
namespace ClientStor.Api.Features.Orgs;

internal static class OrgQuery
{
    /// <summary>The organisation, or 404 (it was deleted since the request was admitted).</summary>
    public static async Task<Org> FindAsync(IQueryable<Org> orgs, Guid id, CancellationToken ct) =>
        await orgs.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException(ResourceInfo.Of<Org>().Title);
}

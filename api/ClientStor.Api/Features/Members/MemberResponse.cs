using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Members;

public sealed class MemberRole
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
}

public sealed class MemberResponse : IHasEtag
{
    public required Guid UserId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required IReadOnlyList<MemberRole> Roles { get; set; }
    /// <summary>Union of the roles' permissions.</summary>
    public required IReadOnlyList<string> Permissions { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    /// <summary>The membership's version: send it as <c>If-Match</c> when changing the roles or removing the member.</summary>
    public required string Etag { get; set; }
}

/// <summary>Reading members: a member joins the membership, its user and its roles, so responses are projections.</summary>
internal static class Members
{
    /// <summary>The membership with its roles, tracked for a change, or 404.</summary>
    public static async Task<Membership> FindAsync(ClientStorDbContext db, Guid orgId, Guid userId, CancellationToken ct) =>
        await db.Memberships.Include(m => m.Roles).ThenInclude(r => r.Role)
            .FirstOrDefaultAsync(m => m.OrgId == orgId && m.UserId == userId, ct)
        ?? throw new NotFoundException(ResourceInfo.Of<Membership>().Title);

    public static async Task<MemberResponse> ReadAsync(ClientStorDbContext db, Guid orgId, Guid userId, CancellationToken ct) =>
        (await ReadManyAsync(db, orgId, [userId], ct)).Single();

    /// <summary>The members with these user ids, in the order given.</summary>
    public static async Task<List<MemberResponse>> ReadManyAsync(ClientStorDbContext db, Guid orgId, IReadOnlyList<Guid> userIds, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrgId == orgId && userIds.Contains(m.UserId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new
            {
                m.UserId, u.Email, u.DisplayName, m.CreatedAt, m.Version,
                Roles = m.Roles.Select(r => new { r.Role!.Id, r.Role.Name, r.Role.Permissions }).ToList(),
            })
            .ToDictionaryAsync(r => r.UserId, ct);
        return userIds.Where(rows.ContainsKey).Select(id => rows[id]).Select(r => new MemberResponse
        {
            UserId = r.UserId, Email = r.Email, DisplayName = r.DisplayName, CreatedAt = r.CreatedAt, Etag = ETags.For(r.Version),
            Roles = r.Roles.OrderBy(x => x.Name).Select(x => new MemberRole { Id = x.Id, Name = x.Name }).ToList(),
            Permissions = r.Roles.SelectMany(x => x.Permissions).Distinct().Order(StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>What the audit records of a member's roles: their names and the permissions they add up to.</summary>
    public static object Snapshot(IEnumerable<Role> roles) => new
    {
        roles = roles.Select(r => r.Name).Order().ToList(),
        permissions = roles.SelectMany(r => r.Permissions).Distinct().Order(StringComparer.Ordinal).ToList(),
    };
}

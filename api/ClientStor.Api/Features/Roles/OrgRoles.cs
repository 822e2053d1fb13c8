using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Roles;

/// <summary>Role bookkeeping shared by the org, role and member endpoints.</summary>
public static class OrgRoles
{
    /// <summary>Adds the built-in roles to a new organisation; returns the Owner role.</summary>
    public static Role AddBuiltIns(ClientStorDbContext db, Guid orgId, DateTimeOffset now)
    {
        Role? owner = null;
        foreach (var (name, description, permissions) in BuiltInRoles.All)
        {
            var role = new Role
            {
                Id = Guid.CreateVersion7(), OrgId = orgId, Name = name, NormalizedName = Normalize(name), Description = description,
                IsBuiltIn = true, Permissions = permissions, CreatedAt = now, UpdatedAt = now,
            };
            db.Roles.Add(role);
            if (name == BuiltInRoles.Owner)
                owner = role;
        }
        return owner!;
    }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    /// <summary>Permissions in <paramref name="wanted"/> that the caller does not hold (nobody grants what they lack).</summary>
    public static string[] NotHeld(IEnumerable<string> wanted, IReadOnlySet<string> held) =>
        wanted.Where(p => !held.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static async Task<int> OwnerCountAsync(ClientStorDbContext db, Guid orgId, CancellationToken ct) =>
        await db.MembershipRoles.CountAsync(mr => mr.OrgId == orgId && mr.Role!.IsBuiltIn && mr.Role.Name == BuiltInRoles.Owner, ct);
}

public sealed class RoleResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }
    public required bool IsBuiltIn { get; set; }
    public required IReadOnlyList<string> Permissions { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }

    public static RoleResponse From(Role r) => new()
    {
        Id = r.Id, Name = r.Name, Description = r.Description, IsBuiltIn = r.IsBuiltIn,
        Permissions = r.Permissions.Order(StringComparer.Ordinal).ToList(), CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
        Etag = ETags.For(r.Version),
    };
}

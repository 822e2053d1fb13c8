using Npgsql;

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

    public static bool IsOwner(Role role) => role.IsBuiltIn && role.Name == BuiltInRoles.Owner;

    /// <summary>Permissions in <paramref name="wanted"/> that the caller does not hold (nobody grants what they lack).</summary>
    public static string[] NotHeld(IEnumerable<string> wanted, IReadOnlySet<string> held) =>
        wanted.Where(p => !held.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The permissions a change from <paramref name="before"/> to <paramref name="after"/> adds or takes away.</summary>
    public static IEnumerable<string> Changed(IEnumerable<string> before, IEnumerable<string> after)
    {
        var (old, @new) = (before.ToHashSet(), after.ToHashSet());
        return @new.Except(old).Concat(old.Except(@new));
    }

    /// <summary>403 for a change touching permissions the caller lacks (adding or removing one is the same grant).</summary>
    /// <summary>403 <c>permission-escalation</c>: nobody grants, revokes or removes permissions they do not hold themselves.</summary>
    public static PermissionEscalationException Refused(string doing, string[] lacking) =>
        new($"You cannot {doing} permissions you do not hold: {string.Join(", ", lacking)}.");

    public static async Task<int> OwnerCountAsync(ClientStorDbContext db, Guid orgId, CancellationToken ct) =>
        await db.MembershipRoles.CountAsync(mr => mr.OrgId == orgId && mr.Role!.IsBuiltIn && mr.Role.Name == BuiltInRoles.Owner, ct);

    public static async Task EnsureNameFreeAsync(ClientStorDbContext db, Guid orgId, string name, Guid? except, CancellationToken ct)
    {
        var normalized = Normalize(name);
        if (await db.Roles.AnyAsync(r => r.OrgId == orgId && r.NormalizedName == normalized && r.Id != except, ct))
            throw NameTaken(name);
    }

    /// <summary>Runs a save; a unique violation (a concurrent write of the same name won) becomes the 409 the check gives.</summary>
    public static async Task SaveUniqueAsync(Func<Task> save, string name)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw NameTaken(name);
        }
    }

    private static ConflictException NameTaken(string name) => new($"A role named '{name.Trim()}' already exists in this organisation.", "name");
}

using System.Security.Cryptography;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Teams;
using ClientStor.Api.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace ClientStor.Api.Seeding;

/// <summary>
/// <c>seed demo --directory</c>, people part: technicians who are members of the named demo clients (Members tabs are not
/// empty), and a "Service desk" team holding a read-only platform role in every organisation (the team and access pages
/// have something to show). Their passwords are random and never printed: an administrator resets one to sign in as them.
/// Runs once (skipped when the team exists); one audit row per created user, membership, team and grant, in one transaction.
/// </summary>
public sealed class DemoPeopleSeeder(ClientStorDbContext db, AuditLog audit, IPasswordHasher<User> hasher)
{
    private const string TeamName = "Service desk";

    /// <summary>Email, name, the role in each named client (null: none) and whether they join the service-desk team.</summary>
    private static readonly (string Email, string Name, string? Role, bool Team)[] People =
    [
        ("tom.baker@msp.example", "Tom Baker", BuiltInRoles.Technician, false),
        ("priya.shah@msp.example", "Priya Shah", BuiltInRoles.ReadOnly, false),
        ("sara.lindqvist@msp.example", "Sara Lindqvist", null, true),
        ("omar.haddad@msp.example", "Omar Haddad", null, true),
    ];

    public async Task<string> SeedAsync(IReadOnlyCollection<string> clientSlugs, CancellationToken ct)
    {
        if (await db.Teams.AnyAsync(t => t.NormalizedName == TeamName.ToUpperInvariant(), ct))
            return "people: already seeded.";
        var now = DateTimeOffset.UtcNow;
        var orgs = await db.Orgs.Where(o => clientSlugs.Contains(o.Slug)).Select(o => o.Id).ToListAsync(ct);
        var roles = await db.Roles.Where(r => orgs.Contains(r.OrgId) && r.IsBuiltIn).Select(r => new { r.Id, r.OrgId, r.Name }).ToListAsync(ct);
        var entries = new List<AuditEntry>();
        void Audit(string category, string action, Guid? orgId, string targetType, Guid targetId, object details) =>
            entries.Add(new AuditEntry(category, action)
            {
                Actor = AuditActor.System, OrgId = orgId, TargetType = targetType, TargetId = targetId.ToString(), Details = details,
            });

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var readOnly = new PlatformRole
        {
            Id = Guid.CreateVersion7(), Name = "Service desk (read)", NormalizedName = "SERVICE DESK (READ)",
            Description = "First-line support: reads every client's assets, IPAM and credential metadata, never secrets.",
            Permissions = ["org.read", "assets.read", "ipam.read", "vault.read"], CreatedAt = now, UpdatedAt = now,
        };
        var team = new Team
        {
            Id = Guid.CreateVersion7(), Name = TeamName, NormalizedName = TeamName.ToUpperInvariant(),
            Description = "First-line technicians; read access to every client, present and future.", CreatedAt = now, UpdatedAt = now,
        };
        var grant = new TeamGrant { Id = Guid.CreateVersion7(), TeamId = team.Id, PlatformRoleId = readOnly.Id, CreatedAt = now };
        db.AddRange(readOnly, team, grant);
        Audit(AuditCategories.Permissions, "platform_role.created", null, "platform_role", readOnly.Id, new { name = readOnly.Name, source = "seed demo" });
        Audit(AuditCategories.Permissions, "team.created", null, "team", team.Id, new { name = team.Name, source = "seed demo" });
        Audit(AuditCategories.Permissions, "team.grant_added", null, "team", team.Id, new { name = team.Name, platformRole = readOnly.Name, allOrgs = true, source = "seed demo" });

        foreach (var (email, name, role, inTeam) in People)
        {
            var user = new User
            {
                Id = Guid.CreateVersion7(), Email = email, NormalizedEmail = User.Normalize(email), DisplayName = name, MustChangePassword = true,
                CreatedAt = now, UpdatedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
            db.Users.Add(user);
            Audit(AuditCategories.Admin, "user.created", null, "user", user.Id, new { name = email, source = "seed demo" });
            if (inTeam)
            {
                db.TeamMembers.Add(new TeamMember { TeamId = team.Id, UserId = user.Id, CreatedAt = now });
                Audit(AuditCategories.Permissions, "team.member_added", null, "team", team.Id, new { name = team.Name, userId = user.Id, email, source = "seed demo" });
            }
            if (role is null)
                continue;
            foreach (var orgId in orgs)
            {
                var roleId = roles.Single(r => r.OrgId == orgId && r.Name == role).Id;
                db.Memberships.Add(new Membership
                {
                    OrgId = orgId, UserId = user.Id, CreatedAt = now, UpdatedAt = now,
                    Roles = [new MembershipRole { OrgId = orgId, UserId = user.Id, RoleId = roleId }],
                });
                Audit(AuditCategories.Permissions, "member.added", orgId, "member", user.Id, new { name = email, roles = new[] { role }, source = "seed demo" });
            }
        }
        await db.SaveChangesAsync(ct);
        await audit.SaveAsync(entries, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return $"people: {People.Length} technicians ({People.Count(p => p.Role is not null)} members of {orgs.Count} client(s), "
            + $"{People.Count(p => p.Team)} in the '{TeamName}' team with read access everywhere).";
    }
}

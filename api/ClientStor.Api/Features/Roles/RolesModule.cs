using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Roles;

/// <summary>Roles per organisation (built-in and custom), memberships and their roles.</summary>
public static class RolesModule
{
    public static IServiceCollection AddRolesModule(this IServiceCollection services)
    {

        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Role> Roles => db.Set<Role>();
        public DbSet<Membership> Memberships => db.Set<Membership>();
        public DbSet<MembershipRole> MembershipRoles => db.Set<MembershipRole>();
    }
}

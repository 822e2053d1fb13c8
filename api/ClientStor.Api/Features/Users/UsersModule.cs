using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Users;

/// <summary>People's accounts: passwords, deactivation, TOTP and recovery codes.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsersModule(this IServiceCollection services)
    {
        services.AddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<User>, Microsoft.AspNetCore.Identity.PasswordHasher<User>>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<Mfa.MfaService>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<User> Users => db.Set<User>();
        public DbSet<Mfa.RecoveryCode> RecoveryCodes => db.Set<Mfa.RecoveryCode>();
    }
}

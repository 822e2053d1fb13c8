using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Users;

/// <summary>People's accounts: passwords, deactivation, TOTP and recovery codes.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsersModule(this IServiceCollection services)
    {
        services.AddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<User>, Microsoft.AspNetCore.Identity.PasswordHasher<User>>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<MfaService>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<User> Users => db.Set<User>();
        public DbSet<RecoveryCode> RecoveryCodes => db.Set<RecoveryCode>();
    }

    extension(IQueryable<User> users)
    {
        /// <summary>The user with this id, or <see cref="NotFoundException"/> (404).</summary>
        public async Task<User> FindUserAsync(Guid id, CancellationToken ct) =>
            await users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(ResourceInfo.Of<User>().Title);
    }
}

/// <summary><c>/api/v1/users</c>: user accounts (platform administration).</summary>
public sealed class UsersGroup() : PlatformGroup("Users");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class UserMapper
{
    [MapProperty(nameof(User.Version), nameof(UserResponse.Etag))]
    [MapProperty(nameof(User.TotpSecret), nameof(UserResponse.MfaEnabled), Use = nameof(IsSet))]
    [MapProperty(nameof(User.LockedUntil), nameof(UserResponse.LockedUntil), Use = nameof(StillLocked))]
    public static partial UserResponse ToResponse(this User user);

    [UserMapping(Default = false)]
    private static bool IsSet(byte[]? secret) => secret is not null;

    /// <summary>A lock that has run out is no lock.</summary>
    [UserMapping(Default = false)]
    private static DateTimeOffset? StillLocked(DateTimeOffset? until) => until > DateTimeOffset.UtcNow ? until : null;
}

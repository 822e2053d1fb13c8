
namespace ClientStor.Api.Features.Me;

/// <summary>
/// The signed-in person's own account: profile, password, sessions and MFA, all under <c>/api/v1/me</c>. The entities
/// and services belong to Users (accounts, MFA) and Auth (sessions); this module answers for "me", and owns what is only
/// the person's own: favourites, recently opened items and the home dashboard.
/// </summary>
public static class MeModule
{
    public static IServiceCollection AddMeModule(this IServiceCollection services) =>
        services.AddScoped<ItemDirectory>().AddScoped<MyItems>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Favourite> Favourites => db.Set<Favourite>();
        public DbSet<RecentItem> RecentItems => db.Set<RecentItem>();
    }
}

/// <summary><c>/api/v1/me</c>: routes relative to <c>/api/v1</c> (<c>"me"</c>, <c>"me/sessions"</c>...).</summary>
public sealed class MeGroup() : PlatformGroup("Me");

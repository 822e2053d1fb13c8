namespace ClientStor.Api.Features.Me;

public static class MeModule
{
    public static IServiceCollection AddMeModule(this IServiceCollection services) => services;
}

namespace ClientStor.Api.Features.Members;

public static class MembersModule
{
    public static IServiceCollection AddMembersModule(this IServiceCollection services) => services;
}

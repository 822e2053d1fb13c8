namespace ClientStor.Api.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services) => services;
}

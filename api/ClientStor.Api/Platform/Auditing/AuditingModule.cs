namespace ClientStor.Api.Platform.Auditing;

public static class AuditingModule
{
    public static IServiceCollection AddClientStorAuditing(this IServiceCollection services)
    {
        services.AddSingleton<AuditCommitGate>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditedChanges>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditRetention>();
        return services;
    }
}

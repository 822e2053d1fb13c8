using Microsoft.EntityFrameworkCore.Design;

namespace ClientStor.Api.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ClientStorDbContext>
{
    public ClientStorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ClientStorDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=clientstor_design;Username=postgres",
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict()
            .Options);
}

using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClientStor.Tests.Shared;

/// <summary>
/// The PostgreSQL cluster the test scripts started (CLIENTSTOR_TEST_PG). One migrated template database per
/// test run; every fixture clones its own database from it, so test classes are isolated and start fast.
/// </summary>
public static class TestDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? template;

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("CLIENTSTOR_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "CLIENTSTOR_TEST_PG is not set. Run the tests with 'npm test' (it starts PostgreSQL), or set it to an admin connection string such as 'Host=127.0.0.1;Port=5433;Username=postgres'.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>A fresh database cloned from the migrated template.</summary>
    public static async Task<string> CreateAsync()
    {
        var tpl = await TemplateAsync();
        var name = "cs_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {tpl}");
        return name;
    }

    public static Task DropAsync(string database) => ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");

    private static async Task<string> TemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (template is not null)
                return template;
            var name = $"cs_template_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
            await ExecuteAsync($"CREATE DATABASE {name}");
            var options = new DbContextOptionsBuilder<ClientStorDbContext>()
                .UseNpgsql(ConnectionStringFor(name), n => n.MigrationsHistoryTable("__ef_migrations_history"))
                .UseSnakeCaseNamingConvention()
                .UseOpenIddict()
                .Options;
            await using (var db = new ClientStorDbContext(options))
                await db.Database.MigrateAsync();
            // A template must have no open connections when it is cloned.
            NpgsqlConnection.ClearAllPools();
            template = name;
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

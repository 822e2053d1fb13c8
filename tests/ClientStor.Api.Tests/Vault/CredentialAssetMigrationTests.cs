using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ClientStor.Api.Tests.Vault;

/// <summary>The migration from one related asset per credential to the link table keeps every link that named a real asset.</summary>
public sealed class CredentialAssetMigrationTests : IAsyncLifetime
{
    private const string Before = "20261207123617_CockpitOverview";
    private string database = "";

    public async Task InitializeAsync()
    {
        database = "cs_mig_" + Guid.NewGuid().ToString("N")[..10];
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {database}", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(database);

    private ClientStorDbContext Context() => new(new DbContextOptionsBuilder<ClientStorDbContext>()
        .UseNpgsql(TestDatabase.ConnectionStringFor(database), n => n.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention().UseOpenIddict().Options);

    [Fact]
    public async Task Each_credentials_related_asset_becomes_its_link_and_dangling_or_foreign_ones_are_dropped()
    {
        await using (var db = Context())
            await db.GetService<IMigrator>().MigrateAsync(Before);
        Guid orgA = Guid.CreateVersion7(), orgB = Guid.CreateVersion7(), asset = Guid.CreateVersion7(), assetB = Guid.CreateVersion7();
        Guid linked = Guid.CreateVersion7(), dangling = Guid.CreateVersion7(), foreign = Guid.CreateVersion7(), none = Guid.CreateVersion7();
        await using (var conn = new NpgsqlConnection(TestDatabase.ConnectionStringFor(database)))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($$"""
                INSERT INTO orgs (id, name, normalized_name, slug, status, created_at, updated_at) VALUES
                  ('{{orgA}}', 'A', 'A', 'mig-a', 'active', now(), now()), ('{{orgB}}', 'B', 'B', 'mig-b', 'active', now(), now());
                INSERT INTO assets (id, org_id, type, name, status, tags, mac_addresses, created_at, updated_at) VALUES
                  ('{{asset}}', '{{orgA}}', 'switch', 'Core', 'active', '{}', '{}', now(), now()),
                  ('{{assetB}}', '{{orgB}}', 'switch', 'Theirs', 'active', '{}', '{}', now(), now());
                INSERT INTO credentials (id, org_id, name, tags, related_asset_id, created_by_id, updated_by_id, created_at, updated_at) VALUES
                  ('{{linked}}', '{{orgA}}', 'Linked', '{}', '{{asset}}', '{{Guid.Empty}}', '{{Guid.Empty}}', now(), now()),
                  ('{{dangling}}', '{{orgA}}', 'Asset deleted', '{}', '{{Guid.NewGuid()}}', '{{Guid.Empty}}', '{{Guid.Empty}}', now(), now()),
                  ('{{foreign}}', '{{orgA}}', 'Other org', '{}', '{{assetB}}', '{{Guid.Empty}}', '{{Guid.Empty}}', now(), now()),
                  ('{{none}}', '{{orgA}}', 'No asset', '{}', NULL, '{{Guid.Empty}}', '{{Guid.Empty}}', now(), now());
                """, conn);
            await cmd.ExecuteNonQueryAsync();
        }

        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            await using var conn = new NpgsqlConnection(TestDatabase.ConnectionStringFor(database));
            await conn.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT credential_id, asset_id, org_id FROM credential_assets", conn);
            await using var reader = await read.ExecuteReaderAsync();
            var links = new List<(Guid, Guid, Guid)>();
            while (await reader.ReadAsync())
                links.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2)));
            links.ShouldBe([(linked, asset, orgA)]);
        }
    }
}

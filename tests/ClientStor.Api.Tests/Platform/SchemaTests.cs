using ClientStor.Tests.Shared;
using Npgsql;

namespace ClientStor.Api.Tests.Platform;

/// <summary>Properties of the migrated schema that the benchmark showed matter.</summary>
public sealed class SchemaTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Every_gin_index_keeps_a_small_pending_list_so_lookups_scan_few_unmerged_entries()
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT c.relname, coalesce(array_to_string(c.reloptions, ','), '')
            FROM pg_class c JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE am.amname = 'gin' AND n.nspname = 'public'
            """, conn);
        var indexes = new Dictionary<string, string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                indexes[reader.GetString(0)] = reader.GetString(1);

        indexes.Keys.ShouldContain("ix_assets_org_id_search_text");
        foreach (var (name, options) in indexes)
            options.ShouldContain($"gin_pending_list_limit={ClientStor.Api.Platform.Data.ClientStorDbContext.GinPendingListKb}", customMessage: $"{name}: {options}");
    }
}

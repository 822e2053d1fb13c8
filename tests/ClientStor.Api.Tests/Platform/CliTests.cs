using System.Diagnostics;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Platform;

/// <summary>The operator verbs, run as the real executable against a fresh database.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private string database = "";

    public async Task InitializeAsync()
    {
        database = "cs_cli_" + Guid.NewGuid().ToString("N")[..10];
        await using var conn = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(database);

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => RunWith(null, args);

    private async Task<(int Code, string Out, string Err)> RunWith(string? masterKey, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClientStor.Api.dll"));
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["ConnectionStrings__ClientStor"] = TestDatabase.ConnectionStringFor(database);
        psi.Environment.Remove("CLIENTSTOR_MASTER_KEY");
        psi.Environment.Remove("CLIENTSTOR_MASTER_KEY_FILE");
        psi.Environment.Remove("CLIENTSTOR_MASTER_PASSWORD");
        if (masterKey is not null)
            psi.Environment["CLIENTSTOR_MASTER_KEY"] = masterKey;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Migrate_is_idempotent_and_admin_create_refuses_weak_passwords_and_duplicates()
    {
        var first = await Run("migrate");
        first.Code.ShouldBe(0, first.Err);
        first.Out.ShouldContain("applied");
        var second = await Run("migrate");
        second.Code.ShouldBe(0, second.Err);
        second.Out.ShouldContain("already up to date");

        var weak = await Run("admin", "create", "--email", "ops@clientstor.test", "--password", "short");
        weak.Code.ShouldNotBe(0);
        weak.Err.ShouldContain("password");

        var ok = await Run("admin", "create", "--email", "ops@clientstor.test", "--password", "a sufficiently long passphrase");
        ok.Code.ShouldBe(0, ok.Err);
        var duplicate = await Run("admin", "create", "--email", "OPS@clientstor.test", "--password", "a sufficiently long passphrase");
        duplicate.Code.ShouldNotBe(0);
        duplicate.Err.ShouldContain("already exists");

        var seed = await Run("seed", "demo");
        seed.Code.ShouldBe(0, seed.Err);
        (await Run("seed", "demo")).Out.ShouldContain("0 organisation(s) created");
    }

    [Fact]
    public async Task Unknown_verbs_and_unreachable_databases_fail_with_a_message()
    {
        var unknown = await Run("frobnicate");
        unknown.Code.ShouldNotBe(0);
        unknown.Err.ShouldContain("usage");

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClientStor.Api.dll"));
        psi.ArgumentList.Add("migrate");
        psi.Environment["ConnectionStrings__ClientStor"] = "Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2";
        using var process = Process.Start(psi)!;
        var err = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(1);
        err.ShouldContain("cannot use the database");
    }

    [Fact]
    public async Task Vault_verbs_need_the_master_key_and_rotate_to_a_new_version()
    {
        (await Run("migrate")).Code.ShouldBe(0);
        var none = await Run("vault", "status");
        none.Code.ShouldBe(1);
        none.Err.ShouldContain("No master key is configured");

        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var status = await RunWith(key, "vault", "status");
        status.Code.ShouldBe(0, status.Err);
        status.Out.ShouldContain("current key version 1");
        var rotate = await RunWith(key, "vault", "rotate-key", "--batch-size", "100");
        rotate.Code.ShouldBe(0, rotate.Err);
        rotate.Out.ShouldContain("rotation to key version 2");
        (await RunWith(key, "vault", "status")).Out.ShouldContain("current key version 2");

        var wrong = await RunWith(Convert.ToBase64String(new byte[32]), "vault", "status");
        wrong.Code.ShouldBe(1);
        wrong.Err.ShouldContain("not the one this database");
        (await RunWith(key, "vault", "rotate-key", "--batch-size", "0")).Code.ShouldBe(2);
    }
}

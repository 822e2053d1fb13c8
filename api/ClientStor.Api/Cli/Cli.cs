using ClientStor.Api.Features.Settings;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Hosting;
using ClientStor.Api.Platform.Crypto;
using ClientStor.Api.Seeding;
using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ClientStor.Api.Cli;

/// <summary>Operator verbs on the same executable: <c>dotnet ClientStor.Api.dll &lt;verb&gt;</c>. No verb runs the server.</summary>
public static class Cli
{
    private const string Usage = """
        usage: ClientStor.Api [verb]
          (no verb)                                   run the API server (--urls, ASPNETCORE_URLS)
          migrate                                     apply database migrations (idempotent)
          admin create --email E --password P [--name N]
                                                      create a global administrator
          seed demo [--orgs N] [--assets-per-org M] [--credentials-per-org M] [--articles-per-org M] [--audit-rows N] [--directory]
                                                      create demo organisations (default the 3 named ones), assets
                                                      (binary COPY), vault credentials and N audit rows in their hash
                                                      chains over the last 90 days (idempotent: tops up to the counts)
          audit verify                                check the audit log's hash chains; exit 1 at the first bad row
          audit purge [--older-than-days N]           delete audit rows older than N days (default
                                                      ClientStor__Audit__RetentionDays), leaving a checkpoint
          vault rotate-key [--batch-size N]           add a data key version and re-encrypt every secret to it
                                                      (resumes an interrupted rotation; default batch 500)
          vault status                                secrets per key version
          settings clear-admin-allowlist              remove the admin IP allowlist (for an operator locked out of
                                                      administration by it); audited
          openapi export [path]                       write the OpenAPI document (default openapi/clientstor.v1.json)
        configuration: ConnectionStrings__ClientStor=<Npgsql connection string>
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help"))
        {
            try
            {
                await ClientStorApp.Build(args).RunAsync();
                return 0;
            }
            catch (MasterKeyException e)
            {
                return Print($"error: cannot start: {e.Message}", 1);
            }
        }
        try
        {
            return args switch
            {
                ["migrate", ..] => await MigrateAsync(),
                ["admin", "create", .. var rest] => await CreateAdminAsync(rest),
                ["seed", "demo", .. var rest] => await SeedDemoAsync(rest),
                ["audit", "verify", ..] => await VerifyAuditAsync(),
                ["audit", "purge", .. var rest] => await PurgeAuditAsync(rest),
                ["vault", "rotate-key", .. var rest] => await RotateKeyAsync(rest),
                ["vault", "status", ..] => await VaultStatusAsync(),
                ["settings", "clear-admin-allowlist", ..] => await ClearAdminAllowlistAsync(),
                ["openapi", "export", .. var rest] => await ExportOpenApiAsync(rest.FirstOrDefault() ?? "openapi/clientstor.v1.json"),
                ["help" or "-h" or "--help", ..] => Print(Usage, 0),
                _ => Print($"Unknown command '{string.Join(' ', args)}'.\n{Usage}", 2),
            };
        }
        catch (MasterKeyException e)
        {
            return Print($"error: {e.Message}", 1);
        }
        catch (Exception e) when (e is NpgsqlException || e.InnerException is NpgsqlException)
        {
            return Print($"error: cannot use the database: {(e.InnerException ?? e).Message}\nCheck ConnectionStrings__ClientStor and that PostgreSQL is running.", 1);
        }
    }

    private static async Task<int> MigrateAsync()
    {
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        if (await Migrations.SquashedHistory.AdoptAsync(db, CancellationToken.None))
            Console.WriteLine("migrate: this database has the 17 migrations squashed into Baseline in 0.8; recorded it as at Baseline.");
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        await SpaClientRegistration.RegisterAsync(scope.ServiceProvider, app.Services.GetRequiredService<IOptions<ClientStorOptions>>().Value.Spa, CancellationToken.None);
        return Print(pending.Count == 0 ? "migrate: database already up to date." : $"migrate: applied {pending.Count} migration(s): {string.Join(", ", pending)}.", 0);
    }

    private static async Task<int> CreateAdminAsync(string[] rest)
    {
        var email = Option(rest, "--email");
        var password = Option(rest, "--password");
        if (email is null || password is null)
            return Print("usage: admin create --email E --password P [--name N]", 2);
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        if ((await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Database.GetPendingMigrationsAsync()).Any())
            return Print("error: the database is not migrated; run 'migrate' first.", 1);
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(email, password, Option(rest, "--name"), globalAdmin: true, CancellationToken.None);
        return result.User is null
            ? Print($"error: {result.Field}: {result.Error}", 1)
            : Print($"admin create: global administrator {result.User.Email} created.", 0);
    }

    private static async Task<int> SeedDemoAsync(string[] rest)
    {
        var orgs = Option(rest, "--orgs") is { } o ? int.TryParse(o, out var n) && n is >= 1 and <= 10_000 ? n : -1 : 3;
        var credentials = Option(rest, "--credentials-per-org") is { } c ? int.TryParse(c, out var m) && m is >= 0 and <= 1_000_000 ? m : -1 : 0;
        var assets = Option(rest, "--assets-per-org") is { } a ? int.TryParse(a, out var k) && k is >= 0 and <= 1_000_000 ? k : -1 : 0;
        var audit = Option(rest, "--audit-rows") is { } r ? int.TryParse(r, out var t) && t is >= 0 and <= 100_000_000 ? t : -1 : 0;
        var articles = Option(rest, "--articles-per-org") is { } d ? int.TryParse(d, out var perOrg) && perOrg is >= 0 and <= 100_000 ? perOrg : -1 : 0;
        if (orgs < 0 || credentials < 0 || assets < 0 || audit < 0 || articles < 0)
            return Print("usage: seed demo [--orgs N (1-10000, default 3)] [--assets-per-org M] [--credentials-per-org M] [--articles-per-org M (0-100000)] [--audit-rows N (0-100000000)]", 2);
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        var report = await seeder.RunAsync(new DemoSeed(orgs, credentials, assets, audit, articles), CancellationToken.None);
        // --directory: the named demo clients get contacts, IPAM, a rack and the rest, so no tab opens empty (npm start).
        if (rest.Contains("--directory"))
            report += Environment.NewLine + await seeder.SeedDirectoryAsync(CancellationToken.None) + Environment.NewLine
                + await scope.ServiceProvider.GetRequiredService<DemoPeopleSeeder>().SeedAsync(DemoSeeder.NamedSlugs, CancellationToken.None) + Environment.NewLine
                + await scope.ServiceProvider.GetRequiredService<DemoDocsSeeder>().SeedAsync(DemoSeeder.NamedSlugs, CancellationToken.None) + Environment.NewLine
                + await scope.ServiceProvider.GetRequiredService<DemoFloorPlans>().SeedAsync(DemoSeeder.NamedSlugs, CancellationToken.None);
        return Print(report, 0);
    }

    private static async Task<int> VerifyAuditAsync()
    {
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        return result.Ok
            ? Print($"audit verify: ok — {result.Checked} row(s) in {result.Chains} chain(s) verified.", 0)
            : Print($"audit verify: BROKEN — chain {result.Chain}, row id {result.FirstBrokenId?.ToString() ?? "-"}: {result.Reason} ({result.Checked} row(s) verified before it).", 1);
    }

    private static async Task<int> PurgeAuditAsync(string[] rest)
    {
        await using var app = BuildForCli();
        var configured = app.Services.GetRequiredService<IOptions<ClientStorOptions>>().Value.Audit.RetentionDays;
        var option = Option(rest, "--older-than-days");
        int? days = option is null ? configured : int.TryParse(option, out var d) && d >= 1 ? d : -1;
        if (days is null)
            return Print("audit purge: no retention configured (ClientStor__Audit__RetentionDays) and no --older-than-days given; nothing purged.", 0);
        if (days < 1)
            return Print("usage: audit purge [--older-than-days N]  (N ≥ 1)", 2);
        await using var scope = app.Services.CreateAsyncScope();
        var purged = await scope.ServiceProvider.GetRequiredService<AuditRetention>()
            .PurgeAsync(DateTimeOffset.UtcNow.AddDays(-days.Value), CancellationToken.None);
        return Print($"audit purge: {purged} row(s) older than {days} day(s) deleted; checkpoints appended.", 0);
    }

    private static async Task<int> RotateKeyAsync(string[] rest)
    {
        var batch = Option(rest, "--batch-size") is { } b ? int.TryParse(b, out var n) && n is >= 1 and <= 10_000 ? n : -1 : 500;
        if (batch < 0)
            return Print("usage: vault rotate-key [--batch-size N]  (1 to 10000)", 2);
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        var rotation = scope.ServiceProvider.GetRequiredService<Features.Vault.KeyRotation>();
        var lastPrinted = DateTimeOffset.MinValue;
        var result = await rotation.RunAsync(batch, p =>
        {
            if (DateTimeOffset.UtcNow - lastPrinted < TimeSpan.FromSeconds(1) && p.Done < p.Total)
                return;
            lastPrinted = DateTimeOffset.UtcNow;
            Console.WriteLine($"vault rotate-key: {p.Store}: {p.Done}/{p.Total} ({(p.Total == 0 ? 100 : 100 * p.Done / p.Total)}%)");
        }, CancellationToken.None);
        return Print($"vault rotate-key: {(result.Resumed ? "resumed and finished" : "finished")} rotation to key version {result.ToVersion}: " +
            $"{result.Reencrypted} secret(s) re-encrypted in {result.Elapsed.TotalSeconds:0.0} s.", 0);
    }

    private static async Task<int> VaultStatusAsync()
    {
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        var current = await scope.ServiceProvider.GetRequiredService<KeyRing>().CurrentVersionAsync(CancellationToken.None);
        var status = await scope.ServiceProvider.GetRequiredService<Features.Vault.KeyRotation>().StatusAsync(CancellationToken.None);
        Console.WriteLine($"vault status: current key version {current}");
        foreach (var (store, versions) in status)
            Console.WriteLine($"  {store}: {(versions.Count == 0 ? "none" : string.Join(", ", versions.OrderBy(v => v.Key).Select(v => $"v{v.Key}: {v.Value}")))}");
        var behind = status.Values.Sum(v => v.Where(kv => kv.Key != current).Sum(kv => kv.Value));
        return Print(behind == 0 ? "vault status: every secret uses the current key version." : $"vault status: {behind} secret(s) on older versions — run 'vault rotate-key' to finish.", 0);
    }

    private static async Task<int> ClearAdminAllowlistAsync()
    {
        await using var app = BuildForCli();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var settings = await db.PlatformSettings.SingleAsync();
        if (settings.AdminAllowedIps.Count == 0)
            return Print("settings clear-admin-allowlist: there is no admin allowlist; nothing changed.", 0);
        var before = settings.AdminAllowedIps;
        settings.AdminAllowedIps = [];
        settings.UpdatedAt = DateTimeOffset.UtcNow;
        await scope.ServiceProvider.GetRequiredService<AuditLog>().SaveAsync(new AuditEntry(AuditCategories.Admin, "settings.admin_allowlist_cleared")
        {
            Actor = new AuditActor("cli", null, $"cli ({Environment.UserName}@{Environment.MachineName})"),
            TargetType = "settings", TargetId = "security", Details = new { before = new { adminAllowedIps = before }, after = new { adminAllowedIps = Array.Empty<string>() } },
        }, CancellationToken.None);
        return Print($"settings clear-admin-allowlist: removed {before.Count} network(s) ({string.Join(", ", before)}); administration is allowed from anywhere again.", 0);
    }

    private static async Task<int> ExportOpenApiAsync(string path)
    {
        await using var app = ClientStorApp.Build(["--urls", "http://127.0.0.1:0"], b =>
        {
            b.Configuration["ClientStor:RegisterSpaClient"] = "false";
            b.Configuration["ClientStor:Offline"] = "true";
            b.Logging.SetMinimumLevel(LogLevel.Error);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var json = await http.GetStringAsync("/openapi/v1.json");
        await app.StopAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, json.ReplaceLineEndings("\n").TrimEnd() + "\n");
        return Print($"openapi export: wrote {path}", 0);
    }

    private static WebApplication BuildForCli() => ClientStorApp.Build([], b =>
    {
        b.Configuration["ClientStor:RegisterSpaClient"] = "false";
        b.Logging.ClearProviders();
    });

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Print(string message, int code)
    {
        (code == 0 ? Console.Out : Console.Error).WriteLine(message);
        return code;
    }
}

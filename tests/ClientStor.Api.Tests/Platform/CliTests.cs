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

    private Task<(int Code, string Out, string Err)> RunWith(string? masterKey, params string[] args) =>
        CliProcess.RunAsync(TestDatabase.ConnectionStringFor(database), masterKey, args);

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
    public async Task Seeded_audit_rows_extend_each_org_chain_and_audit_verify_still_passes()
    {
        (await Run("migrate")).Code.ShouldBe(0);
        var seed = await Run("seed", "demo", "--orgs", "3", "--audit-rows", "2500");
        seed.Code.ShouldBe(0, seed.Err);
        seed.Out.ShouldContain("2497 audit row(s) created"); // on top of the 3 org.created rows

        await using (var conn = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionStringFor(database)))
        {
            await conn.OpenAsync();
            async Task<T> Scalar<T>(string sql)
            {
                await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
                return (T)(await cmd.ExecuteScalarAsync())!;
            }
            (await Scalar<long>("SELECT count(*) FROM audit_events WHERE org_id IS NOT NULL")).ShouldBe(2500);
            (await Scalar<long>("SELECT count(DISTINCT org_id) FROM audit_events")).ShouldBe(3);
            (await Scalar<long>("SELECT count(DISTINCT category) FROM audit_events")).ShouldBeGreaterThan(4);
            (await Scalar<bool>("SELECT min(occurred_at) < now() - interval '80 days' AND max(occurred_at) <= now() FROM audit_events")).ShouldBeTrue();
            // every head names its chain's last row
            (await Scalar<long>("""
                SELECT count(*) FROM audit_chain_heads h
                WHERE h.last_hash <> (SELECT e.hash FROM audit_events e WHERE e.chain = h.chain ORDER BY e.chain_seq DESC LIMIT 1)
                   OR h.last_seq <> (SELECT count(*) FROM audit_events e WHERE e.chain = h.chain)
                """)).ShouldBe(0);
        }
        var verify = await Run("audit", "verify");
        verify.Code.ShouldBe(0, verify.Out + verify.Err);
        verify.Out.ShouldContain("2500 row(s) in 3 chain(s) verified");

        // Topping up again adds nothing; rows written afterwards the ordinary way chain on after the seeded ones.
        (await Run("seed", "demo", "--orgs", "3", "--audit-rows", "2500")).Out.ShouldContain("and 0 audit row(s) created");
        var more = await Run("seed", "demo", "--orgs", "4", "--assets-per-org", "2", "--audit-rows", "3000");
        more.Code.ShouldBe(0, more.Err);
        var again = await Run("audit", "verify");
        again.Code.ShouldBe(0, again.Out + again.Err);
        again.Out.ShouldContain("in 4 chain(s) verified");

        (await Run("seed", "demo", "--audit-rows", "lots")).Code.ShouldBe(2);
    }

    [Fact]
    public async Task Seed_demo_with_directory_fills_every_tab_of_the_named_clients_once_and_the_audit_chain_verifies()
    {
        (await Run("migrate")).Code.ShouldBe(0);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)); // credentials are encrypted
        var seed = await RunWith(key, "seed", "demo", "--assets-per-org", "30", "--credentials-per-org", "6", "--directory");
        seed.Code.ShouldBe(0, seed.Err);
        seed.Out.ShouldContain("directory: 3 client(s) filled");
        seed.Out.ShouldContain("people: 4 technicians (2 members of 3 client(s), 2 in the 'Service desk' team");
        var again = await RunWith(key, "seed", "demo", "--assets-per-org", "30", "--credentials-per-org", "6", "--directory");
        again.Out.ShouldContain("directory: 0 client(s) filled");
        again.Out.ShouldContain("people: already seeded.");
        seed.Out.ShouldContain("docs: 3 client(s) given a knowledge base");
        seed.Out.ShouldContain("MSP knowledge base: 3 article(s)");
        again.Out.ShouldContain("docs: 0 client(s) given a knowledge base");
        again.Out.ShouldContain("MSP knowledge base: 0 article(s)");
        seed.Out.ShouldContain("floor plans: 3 client(s) given a ground floor plan");
        again.Out.ShouldContain("floor plans: 0 client(s)");

        await using (var conn = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionStringFor(database)))
        {
            await conn.OpenAsync();
            async Task<long> Count(string table, string where = "true")
            {
                await using var cmd = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table} t JOIN orgs o ON o.id = t.org_id WHERE o.slug = 'contoso' AND {where}", conn);
                return (long)(await cmd.ExecuteScalarAsync())!;
            }
            (await Count("contacts")).ShouldBe(3);
            (await Count("contacts", "t.is_key")).ShouldBe(2);
            (await Count("locations", "t.kind = 'closet'")).ShouldBe(1);
            (await Count("vlans")).ShouldBe(3);
            (await Count("subnets")).ShouldBe(3);
            (await Count("ip_addresses", "t.asset_id IS NOT NULL")).ShouldBeGreaterThanOrEqualTo(4);
            (await Count("racks")).ShouldBe(1);
            (await Count("rack_placements")).ShouldBeGreaterThanOrEqualTo(4);
            (await Count("patch_panels")).ShouldBe(1);
            (await Count("asset_relations")).ShouldBeGreaterThanOrEqualTo(3);
            (await Count("credentials", "EXISTS (SELECT 1 FROM credential_assets l WHERE l.credential_id = t.id)")).ShouldBe(4);
            (await Count("credential_assets")).ShouldBe(5);
            (await Count("credentials", "t.pinned")).ShouldBe(2);
            (await Count("memberships")).ShouldBe(2); // the technicians; the team's access comes from its grant
            (await Count("doc_folders")).ShouldBe(4);
            (await Count("articles")).ShouldBe(6);
            (await Count("articles", "t.is_template")).ShouldBe(1);
            (await Count("article_revisions")).ShouldBe(8); // the runbook has three
            (await Count("articles", "cardinality(t.linked_article_ids) = 1")).ShouldBe(1);
            (await Count("articles", "t.html LIKE '%<table>%'")).ShouldBeGreaterThanOrEqualTo(4);
            // A rack photo (with its thumbnail), the firewall's rules, a backup report, a VPN profile; their bytes in chunks.
            (await Count("attachments")).ShouldBe(4);
            (await Count("attachments", "t.has_thumbnail AND t.parent_type = 'asset'")).ShouldBe(1);
            (await Count("attachments", "t.credential_id IS NOT NULL")).ShouldBe(1);
            // A floor plan imported from a MagicPlan export (the XML and the SVG drawn from it), pinned as revision 2: an
            // access point among the assets, the rack and three drops on the patch panel.
            (await Count("floor_plans", "t.revision = 2 AND t.source_kind = 'magicplan'")).ShouldBe(1);
            (await Count("floor_plan_revisions")).ShouldBe(2);
            (await Count("floor_plan_pins", "t.kind = 'drop' AND t.patch_panel_port_id IS NOT NULL")).ShouldBe(3);
            (await Count("floor_plan_pins", "t.kind = 'rack'")).ShouldBe(1);
            (await Count("floor_plan_pins", "EXISTS (SELECT 1 FROM assets a WHERE a.id = t.asset_id AND a.type = 'access-point')")).ShouldBeGreaterThanOrEqualTo(1);
            (await Count("stored_files", "EXISTS (SELECT 1 FROM file_chunks c WHERE c.file_id = t.id)")).ShouldBe(6);
            await using var team = new Npgsql.NpgsqlCommand(
                "SELECT count(*) FROM team_members m JOIN team_grants g USING (team_id) WHERE g.org_id IS NULL AND g.platform_role_id IS NOT NULL", conn);
            ((long)(await team.ExecuteScalarAsync())!).ShouldBe(2);
        }
        var verify = await Run("audit", "verify");
        verify.Code.ShouldBe(0, verify.Out + verify.Err);
    }

    [Fact]
    public async Task Seed_demo_articles_are_varied_markdown_of_one_to_five_kilobytes_each_with_its_first_revision()
    {
        (await Run("migrate")).Code.ShouldBe(0);
        var seed = await Run("seed", "demo", "--orgs", "2", "--articles-per-org", "40");
        seed.Code.ShouldBe(0, seed.Err);
        seed.Out.ShouldContain("80 article(s)");
        (await Run("seed", "demo", "--orgs", "2", "--articles-per-org", "40")).Out.ShouldContain("0 article(s)");
        await using var conn = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionStringFor(database));
        await conn.OpenAsync();
        async Task<T> Scalar<T>(string sql)
        {
            await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
            return (T)(await cmd.ExecuteScalarAsync())!;
        }
        (await Scalar<long>("SELECT count(*) FROM articles")).ShouldBe(80);
        (await Scalar<long>("SELECT count(DISTINCT body) FROM articles")).ShouldBe(80);
        (await Scalar<long>("SELECT count(DISTINCT (org_id, title)) FROM articles")).ShouldBe(80); // two clients may share a title
        (await Scalar<bool>("SELECT min(length(body)) >= 1000 AND max(length(body)) <= 5200 FROM articles")).ShouldBeTrue();
        (await Scalar<long>("SELECT count(*) FROM article_revisions r JOIN articles a ON a.id = r.article_id AND r.number = 1 AND r.body = a.body")).ShouldBe(80);
        (await Scalar<long>("SELECT count(*) FROM articles WHERE html LIKE '%<table>%' OR html LIKE '%<ol>%'")).ShouldBeGreaterThan(60);
        // The full-text vectors are kept by the database: the seeded words are found.
        (await Scalar<long>("SELECT count(*) FROM articles WHERE search_vector @@ websearch_to_tsquery('english', 'restart')")).ShouldBeGreaterThan(0);
        (await Run("seed", "demo", "--articles-per-org", "many")).Code.ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_verbs_and_unreachable_databases_fail_with_a_message()
    {
        var unknown = await Run("frobnicate");
        unknown.Code.ShouldNotBe(0);
        unknown.Err.ShouldContain("usage");

        var (code, _, err) = await CliProcess.RunAsync("Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2", null, "migrate");
        code.ShouldBe(1);
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

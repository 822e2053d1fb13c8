using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Features.Audit;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Audit;

public sealed class AuditApiTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static List<string> Actions(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()!).ToList();

    private async Task<(HttpClient Client, Guid OrgId)> OrgWithHistoryAsync(string name)
    {
        var client = await api.AdminAsync();
        var org = await (await client.PostAsJsonAsync("/api/v1/orgs", new { name })).Content.ReadFromJsonAsync<JsonElement>();
        var id = org.GetProperty("id").GetGuid();
        for (var i = 0; i < 3; i++)
            (await client.PatchAsJsonAsync($"/api/v1/orgs/{id}", new { notes = $"note {i}" })).EnsureSuccessStatusCode();
        return (client, id);
    }

    [Fact]
    public async Task Org_audit_lists_newest_first_with_cursor_paging_and_only_that_org()
    {
        var (client, id) = await OrgWithHistoryAsync("Paged Audit Org");
        using var _ = client;
        await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Some Other Org" });

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{id}/audit?limit=3");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{id}/audit?limit=3&cursor={first.GetProperty("nextCursor").GetString()}");

        Actions(first).ShouldBe(["org.updated", "org.updated", "org.updated"]);
        Actions(second).ShouldBe(["org.created"]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetInt64()).ToList();
        ids.ShouldBe(ids.OrderByDescending(x => x).ToList());
        first.GetProperty("items")[0].GetProperty("orgId").GetGuid().ShouldBe(id);
    }

    [Fact]
    public async Task Platform_audit_filters_by_category_action_outcome_actor_time_and_text()
    {
        var (client, id) = await OrgWithHistoryAsync("Filter Audit Org");
        using var _ = client;
        using (var anon = api.Anonymous())
            await anon.PostAsJsonAsync("/api/v1/auth/login", new { email = "intruder@evil.test", password = "guessing passwords" });

        var failures = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?category=authentication&outcome=failure");
        failures.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("outcome").GetString() == "failure");
        failures.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("actorName").GetString() == "intruder@evil.test");

        var created = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=org.created&targetId={id}");
        created.GetProperty("items").GetArrayLength().ShouldBe(1);

        var byText = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?q=intruder");
        byText.GetProperty("items").GetArrayLength().ShouldBe(1);

        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?from={future}")).GetProperty("items").GetArrayLength().ShouldBe(0);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var mine = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actorId={me.GetProperty("id").GetGuid()}&orgId={id}");
        mine.GetProperty("items").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task Bad_filters_are_400_and_unknown_orgs_404()
    {
        using var client = await api.AdminAsync();
        var bad = await client.GetAsync("/api/v1/audit?category=gossip&outcome=maybe&cursor=zzz&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "category", "outcome", "cursor", "to" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);

        (await client.GetAsync($"/api/v1/orgs/{Guid.CreateVersion7()}/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/orgs/{Guid.CreateVersion7()}/audit/export.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_export_quotes_fields_and_neutralises_formulas()
    {
        using var client = await api.AdminAsync();
        var evil = "=HYPERLINK(\"http://evil\",\"click\"), x\nline";
        var org = await (await client.PostAsJsonAsync("/api/v1/orgs", new { name = "@SUM(1+1)", notes = evil })).Content.ReadFromJsonAsync<JsonElement>();
        var id = org.GetProperty("id").GetGuid();

        var response = await client.GetAsync($"/api/v1/orgs/{id}/audit/export.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");
        lines[0].ShouldBe("id,occurred_at,category,action,outcome,actor_type,actor_id,actor_name,org_id,target_type,target_id,ip,user_agent,request_id,details");
        csv.ShouldContain(",org.created,");
        // The details JSON contains quotes, commas and a newline: one quoted field with doubled quotes.
        csv.ShouldContain("\"\"notes\"\":\"\"=HYPERLINK(");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    public void Csv_cells_follow_rfc4180_and_block_formula_injection(string? value, string expected) =>
        ClientStor.Api.Platform.Http.Csv.Cell(value).ShouldBe(expected);

    [Fact]
    public async Task Stats_count_events_per_category_per_day()
    {
        var (client, id) = await OrgWithHistoryAsync("Stats Audit Org");
        using var _ = client;

        var stats = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{id}/audit/stats?bucket=day");

        stats.GetProperty("bucket").GetString().ShouldBe("day");
        var points = stats.GetProperty("points").EnumerateArray().ToList();
        points.ShouldHaveSingleItem().GetProperty("category").GetString().ShouldBe("organisation");
        points[0].GetProperty("count").GetInt32().ShouldBe(4);
        points[0].GetProperty("start").GetDateTimeOffset().ShouldBe(new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero));
        (await client.GetAsync("/api/v1/audit/stats?bucket=week")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_global_admins_read_the_audit_log()
    {
        await api.CreateUserAsync("auditee@clientstor.test", "a very long passphrase");
        using var client = api.ClientWith(await api.SignInAsync("auditee@clientstor.test", "a very long passphrase"));

        (await client.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/v1/audit/verify")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/v1/audit/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Audit_rows_read_as_sentences_with_the_actor_target_and_organisation_names_and_never_a_secret()
    {
        using var admin = await api.AdminAsync();
        var orgName = "Contoso " + Guid.NewGuid().ToString("N")[..6];
        var org = await OrgWorld.CreateOrgAsync(admin, orgName);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var email = $"alice-{Guid.NewGuid():N}@contoso.test";
        var (alice, aliceId) = await OrgWorld.MemberAsync(api, org, email, roles["Admin"]);
        using var _ = alice;
        var aliceName = (await alice.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("displayName").GetString()!;
        const string secret = "Never-in-the-audit-text-42";
        var created = await alice.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new { name = "Core switch", username = "admin", password = secret });
        created.EnsureSuccessStatusCode();
        var credential = await created.Content.ReadFromJsonAsync<JsonElement>();
        var update = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{org}/vault/credentials/{credential.GetProperty("id").GetGuid()}")
        { Content = JsonContent.Create(new { password = secret + "-new" }) };
        update.Headers.TryAddWithoutValidation("If-Match", credential.GetProperty("etag").GetString());
        (await alice.SendAsync(update)).EnsureSuccessStatusCode();

        var orgPage = await alice.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/audit?actorId={aliceId}&targetType=credential");
        var platformPage = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?orgId={org}&actorId={aliceId}&targetType=credential");

        foreach (var page in new[] { orgPage, platformPage })
        {
            var rows = page.GetProperty("items").EnumerateArray().ToList();
            rows.Select(r => r.GetProperty("text").GetString()).ShouldBe([
                $"{aliceName} updated credential Core switch (password)",
                $"{aliceName} created credential Core switch",
            ]);
            rows.ShouldAllBe(r => r.GetProperty("orgName").GetString() == orgName && r.GetProperty("targetName").GetString() == "Core switch");
            page.GetRawText().ShouldNotContain(secret);
        }
        var platformRow = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=login.failed&limit=1")).GetProperty("items");
        if (platformRow.GetArrayLength() > 0)
            platformRow[0].GetProperty("text").GetString()!.ShouldEndWith("tried to sign in (failed)");
    }

    [Fact]
    public async Task Actor_picker_lists_people_who_acted_in_the_log_by_name_for_audit_readers_only()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Actors " + Guid.NewGuid().ToString("N")[..6]);
        var other = await OrgWorld.CreateOrgAsync(admin, "Other actors " + Guid.NewGuid().ToString("N")[..6]);
        var roles = await OrgWorld.RolesAsync(admin, org);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (bea, beaId) = await OrgWorld.MemberAsync(api, org, $"bea-{tag}@actors.test", roles["Admin"]);
        var (reader, _) = await OrgWorld.MemberAsync(api, org, $"reader-{tag}@actors.test", roles["Read-only"]);
        var (carl, _) = await OrgWorld.MemberAsync(api, other, $"carl-{tag}@actors.test", (await OrgWorld.RolesAsync(admin, other))["Admin"]);
        using var _1 = bea; using var _2 = reader; using var _3 = carl;
        (await bea.PostAsJsonAsync($"/api/v1/orgs/{org}/locations", new { name = "HQ" })).EnsureSuccessStatusCode();
        (await carl.PostAsJsonAsync($"/api/v1/orgs/{other}/locations", new { name = "Elsewhere" })).EnsureSuccessStatusCode();

        var inOrg = await bea.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/audit/actors?q={tag}");
        inOrg.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("email").GetString()).ShouldBe([$"bea-{tag}@actors.test"]);
        inOrg.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(beaId.ToString());
        inOrg.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        // An actor filter read from a link names the person by id: q = the id answers them (only where they acted).
        var byId = await bea.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/audit/actors?q={beaId}");
        byId.GetProperty("items").EnumerateArray().Single().GetProperty("email").GetString().ShouldBe($"bea-{tag}@actors.test");
        (await bea.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/audit/actors?q={Guid.NewGuid()}")).GetProperty("items").GetArrayLength().ShouldBe(0);

        // The platform log has everyone's sign-ins: the reader appears there, never in the organisation's.
        var everywhere = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/actors?q={tag}");
        everywhere.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("email").GetString())
            .ShouldBe([$"bea-{tag}@actors.test", $"carl-{tag}@actors.test", $"reader-{tag}@actors.test"]);
        var one = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/actors?q={tag}&limit=1");
        one.GetProperty("items").GetArrayLength().ShouldBe(1);
        one.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/actors?q={tag}&orgId={other}")).GetProperty("items")
            .EnumerateArray().Select(a => a.GetProperty("email").GetString()).ShouldBe([$"carl-{tag}@actors.test"]);

        (await reader.GetAsync($"/api/v1/orgs/{org}/audit/actors")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bea.GetAsync("/api/v1/audit/actors")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bea.GetAsync($"/api/v1/orgs/{other}/audit/actors")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/v1/audit/actors?limit=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

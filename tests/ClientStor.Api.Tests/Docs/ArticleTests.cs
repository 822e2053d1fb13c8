using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Docs;

/// <summary>
/// The knowledge base: articles rendered and sanitised on the server, revisions with diff and restore, folders,
/// templates, links to a client's assets, credentials and contacts, id-based links between articles, search.
/// </summary>
public sealed class ArticleTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpRequestMessage Patch(string path, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }

    [Fact]
    public async Task Every_save_is_a_revision_that_can_be_read_compared_and_restored_without_rewriting_history()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Docs Org " + Guid.NewGuid().ToString("N")[..6]);
        var d = $"/api/v1/orgs/{org}/docs";
        var created = await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Backups", body = "Backups run nightly at two.", summary = "First draft" }));
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("revision").GetInt32().ShouldBe(1);
        created.GetProperty("html").GetString()!.ShouldContain("<p>Backups run nightly at two.</p>");

        var second = await Json(await admin.SendAsync(Patch($"{d}/articles/{id}", new { body = "Backups run nightly at three, offsite weekly.", summary = "New schedule" },
            created.GetProperty("etag").GetString()!)));
        second.GetProperty("revision").GetInt32().ShouldBe(2);
        // A stale etag is refused: the edit made on revision 1 would silently overwrite revision 2.
        (await admin.SendAsync(Patch($"{d}/articles/{id}", new { body = "Lost update" }, created.GetProperty("etag").GetString()!)))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        // The editor that lost the race merges: its change (a new first line) and theirs (the schedule) touch other lines.
        var merge = await Json(await admin.PostAsJsonAsync($"{d}/articles/{id}/merge",
            new { baseRevision = 1, body = "Owner: Ada.\nBackups run nightly at two." }));
        merge.GetProperty("revision").GetInt32().ShouldBe(2);
        merge.GetProperty("etag").GetString().ShouldBe(second.GetProperty("etag").GetString());
        merge.GetProperty("clean").GetBoolean().ShouldBeFalse(); // both changed the schedule line
        var conflict = merge.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "conflict");
        conflict.GetProperty("theirs").GetString().ShouldBe("Backups run nightly at three, offsite weekly.");
        conflict.GetProperty("yours").GetString().ShouldBe("Owner: Ada.\nBackups run nightly at two.");
        // Tags alone change no text: no revision.
        var tagged = await Json(await admin.SendAsync(Patch($"{d}/articles/{id}", new { tags = new[] { "backup", "runbook" } }, second.GetProperty("etag").GetString()!)));
        tagged.GetProperty("revision").GetInt32().ShouldBe(2);

        var revisions = await Json(await admin.GetAsync($"{d}/articles/{id}/revisions"));
        revisions.GetProperty("items").EnumerateArray().Select(r => (r.GetProperty("number").GetInt32(), r.GetProperty("summary").GetString()))
            .ShouldBe([(2, "New schedule"), (1, "First draft")]);
        revisions.GetProperty("items")[0].GetProperty("authorName").GetString().ShouldNotBeNullOrEmpty();

        var first = await Json(await admin.GetAsync($"{d}/articles/{id}/revisions/1"));
        first.GetProperty("body").GetString().ShouldBe("Backups run nightly at two.");

        var diff = await Json(await admin.GetAsync($"{d}/articles/{id}/diff?from=1&to=2"));
        var parts = diff.GetProperty("body").EnumerateArray().Select(p => (p.GetProperty("op").GetString(), p.GetProperty("text").GetString())).ToList();
        string.Concat(parts.Where(p => p.Item1 != "insert").Select(p => p.Item2)).ShouldBe("Backups run nightly at two.");
        string.Concat(parts.Where(p => p.Item1 != "delete").Select(p => p.Item2)).ShouldBe("Backups run nightly at three, offsite weekly.");
        parts.ShouldContain(("delete", "two.")); // words are what whitespace separates
        parts.ShouldContain(p => p.Item1 == "insert" && p.Item2!.Contains("offsite"));
        diff.GetProperty("insertions").GetInt32().ShouldBeGreaterThan(0);

        var restored = await Json(await admin.PostAsync($"{d}/articles/{id}/revisions/1/restore", null));
        restored.GetProperty("revision").GetInt32().ShouldBe(3);
        restored.GetProperty("body").GetString().ShouldBe("Backups run nightly at two.");
        var after = await Json(await admin.GetAsync($"{d}/articles/{id}/revisions"));
        after.GetProperty("items").GetArrayLength().ShouldBe(3);
        after.GetProperty("items")[0].GetProperty("restoredFrom").GetInt32().ShouldBe(1);
        (await admin.PostAsync($"{d}/articles/{id}/revisions/1/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.GetAsync($"{d}/articles/{id}/revisions/9")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var audit = await Json(await admin.GetAsync($"/api/v1/orgs/{org}/audit?targetId={id}"));
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .ShouldBe(["article.restored", "article.updated", "article.updated", "article.created"]);
    }

    [Fact]
    public async Task Markdown_is_rendered_with_tables_and_task_lists_and_every_script_vector_is_removed()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Docs XSS " + Guid.NewGuid().ToString("N")[..6]);
        const string body = """
            | Host | IP |
            | --- | --- |
            | fs01 | 10.0.0.5 |

            - [x] done
            - [ ] open

            <script>alert(1)</script>

            <img src="x" onerror="alert(2)">

            [click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) ![img](data:image/svg+xml;base64,PHN2Zz4=)

            <svg onload="alert(4)"><script>alert(5)</script></svg>

            <a href="https://example.com" onclick="alert(6)" style="position:fixed">site</a>

            <iframe src="https://evil.example"></iframe>

            <p class="btn btn-danger">styled</p>
            """;
        var article = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/docs/articles", new { title = "XSS", body }));
        var html = article.GetProperty("html").GetString()!;
        html.ShouldContain("<table>");
        html.ShouldContain("<td>10.0.0.5</td>");
        html.ShouldContain("type=\"checkbox\"");
        foreach (var bad in new[] { "<script", "onerror", "href=\"javascript", "href=\"data:", "src=\"data:", "<svg", "onload", "onclick", "style=", "<iframe", "btn-danger" })
            html.ShouldNotContain(bad, Case.Insensitive);
        html.ShouldContain("rel=\"noopener noreferrer nofollow\"");
        // The editor's preview renders through the same code.
        var preview = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/docs/preview", new { body }));
        preview.GetProperty("html").GetString().ShouldBe(html);
    }

    [Fact]
    public async Task Links_between_articles_follow_the_id_so_a_rename_keeps_them_and_the_target_knows_who_links_to_it()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Docs Links " + Guid.NewGuid().ToString("N")[..6]);
        var d = $"/api/v1/orgs/{org}/docs";
        var target = await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Firewall", body = "Rules." }));
        var targetId = target.GetProperty("id").GetGuid();
        var source = await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Network overview", body = $"See [the firewall](article:{targetId})." }));
        source.GetProperty("html").GetString()!.ShouldContain($"href=\"/orgs/{org}/docs/articles/{targetId}\"");

        await Json(await admin.SendAsync(Patch($"{d}/articles/{targetId}", new { title = "Firewall (FortiGate)" }, target.GetProperty("etag").GetString()!)));
        var renamed = await Json(await admin.GetAsync($"{d}/articles/{targetId}"));
        renamed.GetProperty("linkedFrom").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Network overview");
        var reread = await Json(await admin.GetAsync($"{d}/articles/{source.GetProperty("id").GetGuid()}"));
        reread.GetProperty("html").GetString()!.ShouldContain($"/docs/articles/{targetId}");
    }

    [Fact]
    public async Task Articles_link_to_the_organisations_own_objects_only_and_name_them_for_readers_who_may_see_them()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Docs Refs " + Guid.NewGuid().ToString("N")[..6]);
        var other = await OrgWorld.CreateOrgAsync(admin, "Docs Other " + Guid.NewGuid().ToString("N")[..6]);
        var asset = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "FS01" }))).GetProperty("id").GetGuid();
        var credential = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new { name = "FS01 admin", password = "pw-long-enough-1" }))).GetProperty("id").GetGuid();
        var foreign = (await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{other}/assets", new { type = "server", name = "Elsewhere" }))).GetProperty("id").GetGuid();

        var refused = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/docs/articles", new { title = "Bad", assetIds = new[] { foreign } });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("assetIds");

        var article = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/docs/articles",
            new { title = "File server", body = "Shares.", assetIds = new[] { asset }, credentialIds = new[] { credential } }));
        article.GetProperty("linkedItems").EnumerateArray().Select(i => (i.GetProperty("type").GetString(), i.GetProperty("name").GetString()))
            .ShouldBe([("asset", "FS01"), ("credential", "FS01 admin")]);
        var byAsset = await Json(await admin.GetAsync($"/api/v1/orgs/{org}/docs/articles?assetId={asset}"));
        byAsset.GetProperty("items").EnumerateArray().Single().GetProperty("title").GetString().ShouldBe("File server");

        // A reader with docs.read but not vault.read sees the asset, not the credential's name.
        var reader = await OrgWorld.CustomRoleAsync(admin, org, "Docs reader", "org.read", "docs.read", "assets.read");
        var (client, _) = await OrgWorld.MemberAsync(api, org, $"reader-{Guid.NewGuid():N}@clientstor.test", reader);
        using (client)
        {
            var seen = await Json(await client.GetAsync($"/api/v1/orgs/{org}/docs/articles/{article.GetProperty("id").GetGuid()}"));
            seen.GetProperty("linkedItems").EnumerateArray().Select(i => i.GetProperty("type").GetString()).ShouldBe(["asset"]);
            (await client.PostAsJsonAsync($"/api/v1/orgs/{org}/docs/articles", new { title = "Nope" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Templates_and_folders_organise_the_knowledge_base_and_full_text_finds_words_of_the_body()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Docs Kb " + Guid.NewGuid().ToString("N")[..6]);
        var d = $"/api/v1/orgs/{org}/docs";
        var templates = await Json(await admin.GetAsync($"{d}/templates"));
        templates.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("key").GetString()).ShouldContain("client-onboarding");

        var folder = await Json(await admin.PostAsJsonAsync($"{d}/folders", new { name = "Onboarding" }));
        var folderId = folder.GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"{d}/folders", new { name = "onboarding" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var onboarding = await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Onboarding Contoso", template = "client-onboarding", folderId }));
        onboarding.GetProperty("body").GetString()!.ShouldContain("Admin credentials collected into the vault");
        (await admin.PostAsJsonAsync($"{d}/articles", new { title = "x", template = "no-such" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await Json(await admin.PostAsJsonAsync($"{d}/diagrams", new { name = "Onboarding network", folderId }));
        var folders = await Json(await admin.GetAsync($"{d}/folders"));
        var onboardingFolder = folders.GetProperty("items").EnumerateArray().Single();
        (onboardingFolder.GetProperty("articleCount").GetInt32(), onboardingFolder.GetProperty("diagramCount").GetInt32()).ShouldBe((1, 1));
        var del = new HttpRequestMessage(HttpMethod.Delete, $"{d}/folders/{folderId}");
        del.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(folder.GetProperty("etag").GetString()!));
        (await admin.SendAsync(del)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Printer setup", body = "The printers are configured through the print server." }));
        // Stemming: "printer configuration" finds "printers are configured"; the title's trigram match finds a part of a word.
        var words = await Json(await admin.GetAsync($"{d}/articles?q=printer%20configured"));
        words.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ShouldBe(["Printer setup"]);
        var part = await Json(await admin.GetAsync($"{d}/articles?q=boardi"));
        part.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ShouldBe(["Onboarding Contoso"]);

        var global = await Json(await admin.GetAsync($"/api/v1/search?q=print%20server&types=article&orgId={org}"));
        var hit = global.GetProperty("groups")[0].GetProperty("items").EnumerateArray().Single();
        hit.GetProperty("title").GetString().ShouldBe("Printer setup");
        hit.GetProperty("matchedField").GetString().ShouldBe("body");
        // The passage around the words, plain text, with the ranges of the words found.
        var snippet = hit.GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        text.ShouldContain("configured through the print server");
        snippet.GetProperty("highlights").EnumerateArray().Select(r => text.Substring(r[0].GetInt32(), r[1].GetInt32()))
            .ShouldBe(["print", "server"]); // "printers" stems to "printer", another word
        var listed = await Json(await admin.GetAsync($"{d}/articles?q=configured"));
        var item = listed.GetProperty("items").EnumerateArray().Single();
        var listedText = item.GetProperty("snippet").GetProperty("text").GetString()!;
        item.GetProperty("snippet").GetProperty("highlights").EnumerateArray().Select(r => listedText.Substring(r[0].GetInt32(), r[1].GetInt32())).ShouldBe(["configured"]);
        // The snippet is plain text: PostgreSQL's parser drops the tags of HTML written into a body.
        await Json(await admin.PostAsJsonAsync($"{d}/articles", new { title = "Hostile", body = "<script>alert(1)</script> zebracorn <b>bold</b>" }));
        var hostile = (await Json(await admin.GetAsync($"{d}/articles?q=zebracorn"))).GetProperty("items")[0].GetProperty("snippet").GetProperty("text").GetString()!;
        hostile.ShouldContain("zebracorn");
        hostile.ShouldNotContain("<");
    }

    [Fact]
    public async Task Where_review_is_required_a_technicians_change_waits_as_a_draft_until_a_publisher_approves_or_rejects_it()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Docs Review " + Guid.NewGuid().ToString("N")[..6]);
        var d = $"/api/v1/orgs/{org}/docs";
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}", new { docsReviewRequired = true })).EnsureSuccessStatusCode();
        var roles = await OrgWorld.RolesAsync(admin, org);
        var (tech, _) = await OrgWorld.MemberAsync(api, org, $"tech-{Guid.NewGuid():N}@clientstor.test", roles["Technician"]);
        using var _t = tech;
        // A new article is published at once: review applies to changes of published articles.
        var article = await Json(await tech.PostAsJsonAsync($"{d}/articles", new { title = "VPN", body = "WireGuard on the firewall." }));
        var id = article.GetProperty("id").GetGuid();
        article.GetProperty("revision").GetInt32().ShouldBe(1);

        var drafted = await Json(await tech.SendAsync(Patch($"{d}/articles/{id}", new { body = "WireGuard on the firewall, port 51820.", summary = "Port" },
            article.GetProperty("etag").GetString()!)));
        drafted.GetProperty("revision").GetInt32().ShouldBe(1);
        drafted.GetProperty("body").GetString().ShouldBe("WireGuard on the firewall.");
        drafted.GetProperty("pendingRevisions").EnumerateArray().Single().GetProperty("number").GetInt32().ShouldBe(2);
        var second = await Json(await tech.SendAsync(Patch($"{d}/articles/{id}", new { body = "OpenVPN." }, drafted.GetProperty("etag").GetString()!)));
        second.GetProperty("pendingRevisions").GetArrayLength().ShouldBe(2);

        var queue = await Json(await admin.GetAsync($"{d}/reviews"));
        queue.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).ShouldBe([2, 3]);
        // A technician cannot approve their own change.
        (await tech.PostAsJsonAsync($"{d}/articles/{id}/revisions/2/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var approved = await Json(await admin.PostAsJsonAsync($"{d}/articles/{id}/revisions/2/approve", new { comment = "Thanks" }));
        approved.GetProperty("revision").GetInt32().ShouldBe(2);
        approved.GetProperty("body").GetString().ShouldBe("WireGuard on the firewall, port 51820.");
        // Revision 3 was written on revision 1: approving it would silently undo revision 2.
        (await admin.PostAsJsonAsync($"{d}/articles/{id}/revisions/3/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"{d}/articles/{id}/revisions/3/reject", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rejected = await Json(await admin.PostAsJsonAsync($"{d}/articles/{id}/revisions/3/reject", new { comment = "We moved off OpenVPN." }));
        rejected.GetProperty("pendingRevisions").GetArrayLength().ShouldBe(0);
        (await admin.PostAsJsonAsync($"{d}/articles/{id}/revisions/3/reject", new { comment = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var history = await Json(await tech.GetAsync($"{d}/articles/{id}/revisions"));
        history.GetProperty("items").EnumerateArray().Select(r => (r.GetProperty("number").GetInt32(), r.GetProperty("status").GetString(), r.GetProperty("reviewComment").GetString()))
            .ShouldBe([(3, "rejected", "We moved off OpenVPN."), (2, "published", "Thanks"), (1, "published", null)]);
        var audit = await Json(await admin.GetAsync($"/api/v1/orgs/{org}/audit?targetId={id}"));
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .ShouldBe(["article.rejected", "article.approved", "article.draft_submitted", "article.draft_submitted", "article.created"]);

        // A publisher's own change publishes at once.
        var direct = await Json(await admin.SendAsync(Patch($"{d}/articles/{id}", new { body = "WireGuard, port 51820, keys in the vault." }, approved.GetProperty("etag").GetString()!)));
        direct.GetProperty("revision").GetInt32().ShouldBe(4);
    }
}

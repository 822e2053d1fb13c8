using ClientStor.Api.Features.Orgs;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Orgs;

public sealed class OrgsTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Create_answers_201_with_location_and_etag_and_the_org_can_be_read_back()
    {
        using var client = await api.AdminAsync();
        var name = Unique("Contoso Ltd.");

        var created = await client.PostAsJsonAsync("/api/v1/orgs", new { name, notes = "Hybrid AD" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/orgs/{id}");
        created.Headers.ETag!.Tag.ShouldBe(body.GetProperty("etag").GetString());
        body.GetProperty("slug").GetString().ShouldStartWith("contoso-ltd-");
        body.GetProperty("status").GetString().ShouldBe("active");
        (id.Version).ShouldBe(7);

        var read = await client.GetAsync($"/api/v1/orgs/{id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(read)).GetProperty("name").GetString().ShouldBe(name);
        await using var scope = api.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Orgs.SingleAsync(o => o.Id == id)).Notes.ShouldBe("Hybrid AD");
    }

    [Fact]
    public async Task Validation_lists_every_bad_field_as_problem_details()
    {
        using var client = await api.AdminAsync();

        var response = await client.PostAsJsonAsync("/api/v1/orgs", new { name = "  ", slug = "Not A Slug", notes = new string('x', 10_001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await Json(response);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("name").GetArrayLength().ShouldBe(1);
        errors.GetProperty("slug").GetArrayLength().ShouldBe(1);
        errors.GetProperty("notes").GetArrayLength().ShouldBe(1);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task Names_are_unique_case_insensitively_and_slugs_too()
    {
        using var client = await api.AdminAsync();
        var name = Unique("Fabrikam");
        (await client.PostAsJsonAsync("/api/v1/orgs", new { name, slug = "fab-" + name[^8..] })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var sameName = await client.PostAsJsonAsync("/api/v1/orgs", new { name = name.ToUpperInvariant() });
        var sameSlug = await client.PostAsJsonAsync("/api/v1/orgs", new { name = Unique("Other"), slug = "fab-" + name[^8..] });

        sameName.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(sameName)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        sameSlug.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(sameSlug)).GetProperty("errors").TryGetProperty("slug", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Derived_slugs_never_collide()
    {
        using var client = await api.AdminAsync();
        var first = await Json(await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Slug Clash Ltd" }));
        var second = await Json(await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Slug Clash Ltd." }));

        first.GetProperty("slug").GetString().ShouldBe("slug-clash-ltd");
        second.GetProperty("slug").GetString().ShouldBe("slug-clash-ltd-2");
    }

    [Fact]
    public async Task Patch_honours_if_match_and_archives()
    {
        using var client = await api.AdminAsync();
        var org = await Json(await client.PostAsJsonAsync("/api/v1/orgs", new { name = Unique("Northwind") }));
        var id = org.GetProperty("id").GetGuid();
        var etag = org.GetProperty("etag").GetString()!;

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{id}") { Content = JsonContent.Create(new { status = "archived", notes = "Left us" }) };
        patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var updated = await client.SendAsync(patch);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await Json(updated);
        body.GetProperty("status").GetString().ShouldBe("archived");
        body.GetProperty("notes").GetString().ShouldBe("Left us");
        body.GetProperty("etag").GetString().ShouldNotBe(etag);

        var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/orgs/{id}") { Content = JsonContent.Create(new { name = Unique("Too late") }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var refused = await client.SendAsync(stale);
        refused.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Json(refused)).GetProperty("type").GetString()!.ShouldEndWith("etag-mismatch");
        (await Json(await client.GetAsync($"/api/v1/orgs/{id}"))).GetProperty("name").GetString().ShouldBe(org.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_rejects_bad_status_and_empty_name()
    {
        using var client = await api.AdminAsync();
        var id = (await Json(await client.PostAsJsonAsync("/api/v1/orgs", new { name = Unique("Patchy") }))).GetProperty("id").GetGuid();

        var response = await client.PatchAsJsonAsync($"/api/v1/orgs/{id}", new { name = "", status = "deleted" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(response)).GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("status", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Delete_needs_an_archived_org_then_it_is_gone()
    {
        using var client = await api.AdminAsync();
        var id = (await Json(await client.PostAsJsonAsync("/api/v1/orgs", new { name = Unique("Doomed") }))).GetProperty("id").GetGuid();

        (await client.DeleteAsync($"/api/v1/orgs/{id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await client.PatchAsJsonAsync($"/api/v1/orgs/{id}", new { status = "archived" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.DeleteAsync($"/api/v1/orgs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync($"/api/v1/orgs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.DeleteAsync($"/api/v1/orgs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_ids_are_404_and_malformed_ids_are_400()
    {
        using var client = await api.AdminAsync();

        var missing = await client.GetAsync($"/api/v1/orgs/{Guid.CreateVersion7()}");
        var malformed = await client.GetAsync("/api/v1/orgs/not-a-uuid");

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

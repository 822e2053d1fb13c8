using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace ClientStor.Api.Tests.Security;

/// <summary>What an outside review found at 1ff9bc9 (issue #21), each proven fixed through HTTP.</summary>
public sealed class ReviewFindingsTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Pkce_plain_is_refused_and_s256_still_works()
    {
        var (browser, _) = await api.LoginAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        using (browser)
        {
            var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
            var plain = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
            {
                ["client_id"] = SpaOptions.ClientId, ["response_type"] = "code", ["redirect_uri"] = ApiHost.RedirectUri, ["scope"] = ApiHost.DefaultScope,
                ["code_challenge"] = verifier, ["code_challenge_method"] = "plain", ["state"] = "s1",
            }));
            // Refused (RFC 9700 §2.1.1): no code is issued, the error is invalid_request.
            var location = plain.Headers.Location?.ToString() ?? "";
            var body = await plain.Content.ReadAsStringAsync();
            location.ShouldNotContain("code=");
            (location + body).ShouldContain("invalid_request");
            (await api.AuthorizeAsync(browser)).AccessToken.ShouldNotBeNullOrEmpty();
        }
    }

    [Theory]
    [InlineData("{\"email\": null, \"password\": null}")]
    [InlineData("{\"email\": \"x@clientstor.test\", \"password\": null, \"displayName\": null}")]
    [InlineData("{\"email\": null, \"password\": \"a long enough passphrase here\"}")]
    [InlineData("{}")]
    public async Task Nulls_in_a_new_user_are_a_400_not_a_500(string json)
    {
        using var admin = await api.AdminAsync();
        var response = await admin.PostAsync("/api/v1/users", new StringContent(json, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_missing_body_or_content_type_is_a_415_problem_everywhere_the_review_found_it()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "415 " + Guid.NewGuid().ToString("N")[..6]);
        var credential = (await (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new { name = "c", password = "p" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();
        var calls = new (string Method, string Path)[]
        {
            ("POST", $"/api/v1/orgs/{org}/vault/credentials"), ("POST", $"/api/v1/orgs/{org}/vault/credentials/{credential}/reveal"),
            ("POST", $"/api/v1/orgs/{org}/vault/folders"), ("PATCH", $"/api/v1/orgs/{org}/vault/credentials/{credential}"),
            ("PATCH", $"/api/v1/users/{me}"), ("POST", $"/api/v1/users/{me}/password"),
        };
        foreach (var (method, path) in calls)
        {
            foreach (var content in new HttpContent?[] { null, new ByteArrayContent([]), new StringContent("x", Encoding.UTF8, "text/plain") })
            {
                var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content });
                var what = $"{method} {path} with {(content is null ? "no body" : content.Headers.ContentType?.MediaType ?? "an empty body")}";
                ((int)response.StatusCode).ShouldBeOneOf([400, 415], what);
                (response.Content.Headers.ContentType?.MediaType).ShouldBe("application/problem+json", what);
            }
        }
    }

    [Theory]
    [InlineData("password1234", "common")]
    [InlineData("abcdefghijklmnop", "Sequences")]
    [InlineData("Zephyrine Industries 2026", "name")]
    [InlineData("clientstor clientstor", "name")]
    public async Task Guessable_passwords_are_refused_with_zxcvbns_feedback(string password, string feedback)
    {
        using var admin = await api.AdminAsync();
        // A client's name is the first thing an attacker tries (created once; the theory's other cases find it there).
        await admin.PostAsJsonAsync("/api/v1/orgs", new { name = "Zephyrine Industries" });
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = $"weak-{Guid.NewGuid():N}@clientstor.test", password });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        var message = problem.GetProperty("errors").GetProperty("password")[0].GetString()!;
        message.ShouldContain(feedback, Case.Insensitive);
        message.ShouldContain("Add another word or two");
    }

    [Fact]
    public async Task A_long_uncommon_passphrase_is_accepted_and_a_weak_one_cannot_replace_it()
    {
        using var admin = await api.AdminAsync();
        var email = $"strong-{Guid.NewGuid():N}@clientstor.test";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = "velvet otter juggles quietly" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { newPassword = "password12345" });
        reset.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reset.Content.ReadAsStringAsync()).ShouldContain("newPassword");
    }
}

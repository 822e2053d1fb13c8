using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Api.Tests.Tenancy;
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
}

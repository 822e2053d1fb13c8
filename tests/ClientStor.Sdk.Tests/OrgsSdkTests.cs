using ClientStor.Sdk;
using ClientStor.Tests.Shared;

namespace ClientStor.Sdk.Tests;

/// <summary>A partner's view: the generated client against a live API with a real access token.</summary>
public sealed class OrgsSdkTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task<ClientStorClient> ClientAsync()
    {
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        return ClientStorClient.WithAccessToken(api.BaseAddress, tokens.AccessToken);
    }

    [Fact]
    public async Task Creates_and_lists_organisations_with_typed_models()
    {
        var client = await ClientAsync();
        var name = "SDK Org " + Guid.NewGuid().ToString("N")[..8];

        var created = await client.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = name, Notes = "from the SDK" });
        var page = await client.Orgs.ListOrgsAsync(q: name);
        var read = await client.Orgs.GetOrgAsync(created.Id);

        created.Status.ShouldBe("active");
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
        read.Notes.ShouldBe("from the SDK");
        (await client.Me.GetMeAsync()).IsGlobalAdmin.ShouldBeTrue();
    }

    [Fact]
    public async Task Await_foreach_pages_through_every_organisation()
    {
        var client = await ClientAsync();
        var prefix = "Paged " + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 5; i++)
            await client.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = $"{prefix} {i}" });

        var names = new List<string>();
        await foreach (var org in client.Orgs.ListAllOrgsAsync(q: prefix, pageSize: 2))
            names.Add(org.Name);

        names.ShouldBe(Enumerable.Range(0, 5).Select(i => $"{prefix} {i}").ToList());
    }

    [Fact]
    public async Task Errors_surface_as_typed_exceptions_carrying_the_problem()
    {
        var client = await ClientAsync();
        var name = "Dup " + Guid.NewGuid().ToString("N")[..8];
        await client.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = name });

        var conflict = await Should.ThrowAsync<ClientStorApiException>(() => client.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = name }));
        var invalid = await Should.ThrowAsync<ClientStorApiException>(() => client.Orgs.CreateOrgAsync(new CreateOrgRequest { Name = "" }));
        var missing = await Should.ThrowAsync<ClientStorApiException>(() => client.Orgs.GetOrgAsync(Guid.CreateVersion7()));

        conflict.StatusCode.ShouldBe(409);
        conflict.FieldErrors.Keys.ShouldContain("name");
        invalid.StatusCode.ShouldBe(400);
        invalid.FieldErrors["name"].ShouldNotBeEmpty();
        missing.StatusCode.ShouldBe(404);
        missing.Problem!.TraceId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Without_a_valid_token_the_sdk_gets_a_401_exception()
    {
        var client = ClientStorClient.WithAccessToken(api.BaseAddress, "not-a-token");

        var error = await Should.ThrowAsync<ClientStorApiException>(() => client.Orgs.ListOrgsAsync());

        error.StatusCode.ShouldBe(401);
    }
}

using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Tenancy;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Tenancy;

/// <summary>The second wall: once a request is admitted to an org, queries cannot see another org's rows.</summary>
public sealed class OrgFilterTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_context_entered_into_org_a_sees_none_of_org_b_rows()
    {
        var world = await OrgWorld.CreateAsync(api, "filter");
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrg>().Enter(world.OrgA, new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();

        (await db.Roles.Where(r => r.OrgId == world.OrgB).CountAsync()).ShouldBe(0);
        (await db.Memberships.Where(m => m.OrgId == world.OrgB).CountAsync()).ShouldBe(0);
        (await db.AuditEvents.Where(e => e.OrgId == world.OrgB).CountAsync()).ShouldBe(0);
        (await db.Roles.CountAsync()).ShouldBe(5);
        (await db.Roles.IgnoreQueryFilters().Where(r => r.OrgId == world.OrgB).CountAsync()).ShouldBe(5);
    }
}

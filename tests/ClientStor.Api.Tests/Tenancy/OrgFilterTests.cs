using ClientStor.Api.Features.Roles;
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

    [Fact]
    public async Task A_pooled_context_reused_by_the_next_request_carries_that_request_s_org_not_the_previous_one()
    {
        var world = await OrgWorld.CreateAsync(api, "pool");
        ClientStorDbContext first;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrg>().Enter(world.OrgA, new HashSet<string>());
            first = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            (await first.Roles.Where(r => r.OrgId == world.OrgB).CountAsync()).ShouldBe(0);
        }
        // The context went back to the pool; the next scope leases that same instance and enters org B.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrg>().Enter(world.OrgB, new HashSet<string>());
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            ReferenceEquals(db, first).ShouldBeTrue("the pool hands the returned context out again");
            (await db.Roles.Where(r => r.OrgId == world.OrgA).CountAsync()).ShouldBe(0);
            (await db.Roles.Where(r => r.OrgId == world.OrgB).CountAsync()).ShouldBe(5);
        }
        // A scope that entered no org (sign-in, platform endpoints) sees through the filter, as before pooling.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            (await db.Roles.Where(r => r.OrgId == world.OrgA || r.OrgId == world.OrgB).CountAsync()).ShouldBe(10);
        }
    }
}

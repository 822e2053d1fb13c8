using ClientStor.Api.Features.Assets;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Paging;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Platform;

/// <summary>
/// The SQL of a page, as EF generates it: every page of a list is the same statement (the cursor travels as parameters),
/// so EF compiles it once and Npgsql prepares it once.
/// </summary>
public sealed class PagingSqlTests(ApiHost api) : IClassFixture<ApiHost>
{
    private sealed record Request(int? Limit, string? Cursor, string? Sort) : IListRequest;

    private static string Cursor(string sort, object key, Guid id) =>
        new Cursor(sort, System.Text.Json.JsonSerializer.SerializeToElement(key), id).Encode();

    /// <summary>The statement without EF's leading parameter comments (-- @p='...').</summary>
    private static string Statement(IQueryable<Asset> q) =>
        string.Join('\n', q.ToQueryString().Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)));

    [Fact]
    public async Task Pages_after_different_cursors_are_one_statement()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var org = Guid.NewGuid();
        var assets = db.Assets.AsNoTracking().Where(a => a.OrgId == org);
        var catalog = AssetQuery.Sorts;

        foreach (var (sort, first, second) in new (string, object, object)[]
                 {
                     ("name", "ACCESS-POINT-0001", "SWITCH-0042"),
                     ("-updatedAt", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow),
                 })
        {
            var a = catalog.PageQuery(assets, new Request(50, Cursor(sort, first, Guid.NewGuid()), sort)).Query;
            var b = catalog.PageQuery(assets, new Request(50, Cursor(sort, second, Guid.NewGuid()), sort)).Query;
            var sql = Statement(a);
            sql.ShouldBe(Statement(b), $"sort {sort}: the cursor must not change the SQL text");
            sql.ShouldNotContain("ACCESS-POINT");
        }
        // the page size is a parameter too
        Statement(catalog.PageQuery(assets, new Request(10, null, null)).Query).ShouldBe(Statement(catalog.PageQuery(assets, new Request(50, null, null)).Query));
    }
}

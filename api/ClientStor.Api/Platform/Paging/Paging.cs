using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ClientStor.Api.Platform.Paging;

/// <summary>A page of a list: the items and the opaque cursor of the next page (null on the last page).</summary>
public sealed class Page<T>
{
    public required IReadOnlyList<T> Items { get; init; }
    public string? NextCursor { get; init; }
}

/// <summary>Shared list parameters: bind these on every list request DTO.</summary>
public interface IListRequest
{
    int? Limit { get; }
    string? Cursor { get; }
    string? Sort { get; }
}

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}

/// <summary>
/// One sort a list offers, e.g. <c>name</c> / <c>-name</c>: a key that, with the id as tie-breaker, orders rows
/// totally, so keyset (seek) paging with an index stays fast at any depth.
/// </summary>
public abstract class SortKey<T>
{
    public abstract string Name { get; }
    internal abstract IQueryable<T> Apply(IQueryable<T> query, bool descending, Cursor? after);
    internal abstract Cursor CursorFor(T item, string sort);
    /// <summary>Whether a cursor's key has this sort's type (a tampered cursor must be a 400, not a failed query).</summary>
    internal abstract bool Accepts(JsonElement key);
}

public sealed class SortKey<T, TKey>(string name, Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id) : SortKey<T>
{
    private readonly Func<T, TKey> keyOf = key.Compile();
    private readonly Func<T, Guid> idOf = id.Compile();

    public override string Name => name;

    internal override IQueryable<T> Apply(IQueryable<T> query, bool descending, Cursor? after)
    {
        if (after is not null)
        {
            var afterKey = after.Key.Deserialize<TKey>()!;
            var param = key.Parameters[0];
            var idBody = new Rebind(id.Parameters[0], param).Visit(id.Body);
            // (key, id) > (k, i) as one PostgreSQL row comparison: the composite index serves it.
            var left = Expression.Call(typeof(ValueTuple), nameof(ValueTuple.Create), [typeof(TKey), typeof(Guid)], key.Body, idBody);
            // The cursor's values as members of a captured object, as a closure would have them: EF sends them as parameters,
            // so every page of a list is one cached query and one prepared statement (constants made each page a new SQL text,
            // compiled by EF and planned by PostgreSQL again).
            var bound = Expression.Constant(new Bound(afterKey, after.Id));
            var right = Expression.Call(typeof(ValueTuple), nameof(ValueTuple.Create), [typeof(TKey), typeof(Guid)],
                Expression.Property(bound, nameof(Bound.Key)), Expression.Property(bound, nameof(Bound.Id)));
            var compare = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
                descending ? nameof(NpgsqlDbFunctionsExtensions.LessThan) : nameof(NpgsqlDbFunctionsExtensions.GreaterThan),
                [typeof(DbFunctions), typeof(System.Runtime.CompilerServices.ITuple), typeof(System.Runtime.CompilerServices.ITuple)])!;
            var body = Expression.Call(compare, Expression.Constant(EF.Functions),
                Expression.Convert(left, typeof(System.Runtime.CompilerServices.ITuple)),
                Expression.Convert(right, typeof(System.Runtime.CompilerServices.ITuple)));
            query = query.Where(Expression.Lambda<Func<T, bool>>(body, param));
        }
        return descending
            ? query.OrderByDescending(key).ThenByDescending(id)
            : query.OrderBy(key).ThenBy(id);
    }

    internal override bool Accepts(JsonElement key)
    {
        try
        {
            return key.Deserialize<TKey>() is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal override Cursor CursorFor(T item, string sort) =>
        new(sort, JsonSerializer.SerializeToElement(keyOf(item)), idOf(item));

    private sealed record Bound(TKey Key, Guid Id);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

public sealed record Cursor(string Sort, JsonElement Key, Guid Id)
{
    public string Encode() => WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string value, out Cursor? cursor)
    {
        cursor = null;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value)));
            return cursor is not null && cursor.Key.ValueKind != JsonValueKind.Undefined;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>The sorts a list allows, its default, and the keyset paging over them.</summary>
public sealed class SortCatalog<T>(string defaultSort, params SortKey<T>[] keys)
{
    public string Allowed => string.Join(", ", keys.SelectMany(k => new[] { k.Name, "-" + k.Name }));

    public bool IsValid(string? sort) => sort is null || Find(sort) is not null;

    /// <summary>A cursor is valid only for the sort it was issued under.</summary>
    public bool CursorFits(string? cursor, string? sort) =>
        cursor is null || (Cursor.TryDecode(cursor, out var c) && c!.Sort == (sort ?? defaultSort) && Find(c.Sort)?.Accepts(c.Key) == true);

    /// <summary>The limit, sort and cursor rules every list request shares.</summary>
    public void AddListRules<TRequest>(AbstractValidator<TRequest> validator) where TRequest : IListRequest
    {
        validator.RuleFor(x => x.Limit).InclusiveBetween(1, Paging.MaxLimit).WithMessage($"limit must be between 1 and {Paging.MaxLimit}.");
        validator.RuleFor(x => x.Sort).Must(IsValid).WithMessage($"sort must be one of: {Allowed}.");
        validator.RuleFor(x => x.Cursor).Must((r, c) => CursorFits(c, r.Sort))
            .WithMessage("cursor is not a nextCursor of this list with this sort; start again without it.");
    }

    /// <summary>The list rules and a <c>q</c> of at most 200 characters.</summary>
    public void AddSearchListRules<TRequest>(AbstractValidator<TRequest> validator) where TRequest : SearchListRequest
    {
        AddListRules(validator);
        validator.RuleFor(x => x.Q).MaximumLength(200).WithMessage("q must be at most 200 characters.");
    }

    /// <summary>The query of one page: ordered by the sort, after the cursor, one row more than the limit (is there more?).</summary>
    internal (IQueryable<T> Query, SortKey<T> Key, string Sort, int Limit) PageQuery(IQueryable<T> query, IListRequest request)
    {
        var sort = request.Sort ?? defaultSort;
        var key = Find(sort) ?? throw new ArgumentException($"Unknown sort '{sort}'.");
        Cursor? after = null;
        if (request.Cursor is not null && Cursor.TryDecode(request.Cursor, out var c) && c!.Sort == sort)
            after = c;
        var limit = Math.Clamp(request.Limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit);
        return (key.Apply(query, sort.StartsWith('-'), after).Take(limit + 1), key, sort, limit);
    }

    private SortKey<T>? Find(string sort) => keys.FirstOrDefault(k => k.Name == sort.TrimStart('-'));

    /// <summary>Runs the query one page at a time; <paramref name="project"/> runs on the page only.</summary>
    public async Task<Page<TOut>> PageAsync<TOut>(IQueryable<T> query, IListRequest request,
        Func<T, TOut> project, CancellationToken ct)
    {
        var (page, key, sort, limit) = PageQuery(query, request);
        var rows = await page.ToListAsync(ct);
        var hasMore = rows.Count > limit;
        if (hasMore)
            rows.RemoveAt(limit);
        return new Page<TOut>
        {
            Items = rows.Select(project).ToList(),
            NextCursor = hasMore ? key.CursorFor(rows[^1], sort).Encode() : null,
        };
    }
}

public static class Like
{
    /// <summary>Escapes LIKE wildcards so user text matches literally (escape character <c>\</c>).</summary>
    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace ClientStor.Api.Platform.Endpoints;

/// <summary>What a <c>[References&lt;T&gt;]</c> attribute says, whatever its type argument.</summary>
public interface IReferenceAttribute
{
    Type Target { get; }
}

/// <summary>
/// A request property naming another object: <c>[References&lt;Location&gt;] public Guid? LocationId</c> (a
/// <see cref="Guid"/>, nullable or not, or a list of them). Before the handler runs, every id given must name an object of
/// the request's organisation (for an org-scoped target; of the platform otherwise): a missing id and another
/// organisation's id answer the same 400 with a field error.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute<T> : Attribute, IReferenceAttribute where T : class
{
    public Type Target => typeof(T);
}

/// <summary>A request property that references another object.</summary>
internal sealed record ReferenceProperty(PropertyInfo Property, Type Target, string Field)
{
    public IReadOnlyList<Guid> Ids(object request) => Property.GetValue(request) switch
    {
        Guid id => [id],
        IEnumerable<Guid> ids => ids.Distinct().ToList(),
        _ => [],
    };
}

/// <summary>
/// The one mechanism behind <see cref="ReferencesAttribute{T}"/>: a pre-processor on every endpoint whose request has
/// references. Validation does not stop the request by itself there (the endpoint is configured not to throw); this
/// check adds its own failures to the validator's and answers all of them in one 400.
/// </summary>
internal sealed class ReferenceCheck : IGlobalPreProcessor
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ReferenceProperty>> Properties = new();
    private static readonly MethodInfo ExistingMethod = typeof(ReferenceCheck).GetMethod(nameof(ExistingAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly ConcurrentDictionary<Type, Func<ClientStorDbContext, Guid?, Guid[], CancellationToken, Task<HashSet<Guid>>>> Lookups = new();

    public static IReadOnlyList<ReferenceProperty> Of(Type requestType) => Properties.GetOrAdd(requestType, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p, a: p.GetCustomAttributes().OfType<IReferenceAttribute>().FirstOrDefault()))
            .Where(x => x.a is not null)
            .Select(x => new ReferenceProperty(x.p, x.a!.Target, char.ToLowerInvariant(x.p.Name[0]) + x.p.Name[1..]))
            .ToList());

    public async Task PreProcessAsync(IPreProcessorContext ctx, CancellationToken ct)
    {
        if (ctx.Request is null || ctx.HttpContext.ResponseStarted())
            return;
        var failures = ctx.ValidationFailures;
        var pending = Of(ctx.Request.GetType())
            .Where(r => !failures.Any(f => f.PropertyName.Equals(r.Field, StringComparison.OrdinalIgnoreCase)))
            .Select(r => (Reference: r, Ids: r.Ids(ctx.Request)))
            .Where(x => x.Ids.Count > 0)
            .ToList();
        if (pending.Count > 0)
        {
            var services = ctx.HttpContext.RequestServices;
            var db = services.GetRequiredService<ClientStorDbContext>();
            var org = services.GetRequiredService<CurrentOrg>().OrgId;
            foreach (var target in pending.GroupBy(p => p.Reference.Target))
            {
                var lookup = Lookups.GetOrAdd(target.Key, t => ExistingMethod.MakeGenericMethod(t)
                    .CreateDelegate<Func<ClientStorDbContext, Guid?, Guid[], CancellationToken, Task<HashSet<Guid>>>>());
                var found = await lookup(db, org, target.SelectMany(x => x.Ids).Distinct().ToArray(), ct);
                var noun = ResourceInfo.Of(target.Key).Display;
                var where = org is not null && typeof(IOrgEntity).IsAssignableFrom(target.Key) ? " in this organisation" : "";
                foreach (var (reference, ids) in target)
                    foreach (var missing in ids.Where(id => !found.Contains(id)))
                        failures.Add(new ValidationFailure(reference.Field, $"No {noun} with the id {missing}{where}."));
            }
        }
        if (failures.Count > 0)
            await ctx.HttpContext.Response.SendErrorsAsync(failures, cancellation: ct);
    }

    /// <summary>Which of the ids name an object of the organisation (org-scoped targets) or exist at all (the others).</summary>
    private static async Task<HashSet<Guid>> ExistingAsync<T>(ClientStorDbContext db, Guid? orgId, Guid[] ids, CancellationToken ct) where T : class
    {
        var query = db.Set<T>().IgnoreQueryFilters().AsNoTracking();
        if (orgId is { } org && typeof(IOrgEntity).IsAssignableFrom(typeof(T)))
            query = query.Where(x => EF.Property<Guid>(x, "OrgId") == org);
        var found = await query.Where(x => ids.Contains(EF.Property<Guid>(x, "Id"))).Select(x => EF.Property<Guid>(x, "Id")).ToListAsync(ct);
        return found.ToHashSet();
    }
}

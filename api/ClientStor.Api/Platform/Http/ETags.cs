
namespace ClientStor.Api.Platform.Http;

/// <summary>Entity tags from row versions, and the If-Match check every PATCH and DELETE makes.</summary>
public static class ETags
{
    public static string For(uint version) => $"\"{version}\"";

    /// <summary>True when there is no If-Match, or it is <c>*</c>, or it lists the current etag.</summary>
    public static bool Matches(string? ifMatch, uint version)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return true;
        var current = For(version);
        return ifMatch.Split(',').Select(t => t.Trim()).Any(t => t == current || t == "W/" + current);
    }

    /// <summary>
    /// The request's <c>If-Match</c> against the resource's current version: none (or <c>*</c>) proceeds, a stale one
    /// throws <see cref="PreconditionFailedException"/> (412).
    /// </summary>
    public static void CheckIfMatch(this HttpContext ctx, IVersioned resource)
    {
        if (!Matches(ctx.Request.Headers.IfMatch.ToString(), resource.Version))
            throw new PreconditionFailedException();
    }

    /// <summary>The same check for a version read without its entity (for example a projection).</summary>
    public static void CheckIfMatch(this HttpContext ctx, uint version)
    {
        if (!Matches(ctx.Request.Headers.IfMatch.ToString(), version))
            throw new PreconditionFailedException();
    }
}

/// <summary>
/// Endpoint metadata: a POST that changes a resource and checks <c>If-Match</c> like a PATCH (restoring a revision,
/// approving a draft), so the OpenAPI document declares the header and its 412 for it too.
/// </summary>
public sealed class HonoursIfMatch
{
    public static readonly HonoursIfMatch Instance = new();
}

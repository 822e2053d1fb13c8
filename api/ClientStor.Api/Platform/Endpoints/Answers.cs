
namespace ClientStor.Api.Platform.Endpoints;

/// <summary>A response representing one resource: its etag goes into the <c>ETag</c> header too.</summary>
public interface IHasEtag
{
    string Etag { get; }
}

/// <summary>The answers of resource endpoints, each one call: <c>await Send.CreatedAsync(asset.Id, response, ct)</c>.</summary>
public static class Answers
{
    /// <summary>
    /// 201 with the resource, its <c>ETag</c>, and a <c>Location</c>: <paramref name="location"/>, or the request's path
    /// (the collection it was posted to) followed by the new id.
    /// </summary>
    public static Task CreatedAsync<T>(this IResponseSender send, Guid id, T response, CancellationToken ct, string? location = null)
        where T : notnull, IHasEtag
    {
        var ctx = send.HttpContext;
        ctx.Response.Headers.Location = location ?? $"{ctx.Request.PathBase}{ctx.Request.Path.Value!.TrimEnd('/')}/{id}";
        ctx.Response.Headers.ETag = response.Etag;
        return ctx.Response.SendAsync(response, 201, cancellation: ct);
    }

    /// <summary>200 with the resource and its <c>ETag</c>.</summary>
    public static Task ResourceAsync<T>(this IResponseSender send, T response, CancellationToken ct) where T : notnull, IHasEtag
    {
        send.HttpContext.Response.Headers.ETag = response.Etag;
        return send.HttpContext.Response.SendAsync(response, 200, cancellation: ct);
    }
}

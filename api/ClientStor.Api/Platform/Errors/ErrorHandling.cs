using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace ClientStor.Api.Platform.Errors;

public static class ErrorHandling
{
    public static IServiceCollection AddClientStorErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            if (ctx.ProblemDetails.Type is null || ctx.ProblemDetails.Type.StartsWith("https://tools.ietf.org", StringComparison.Ordinal))
                ctx.ProblemDetails.Type = Problems.TypeBase + Problems.StatusType(status);
            ctx.ProblemDetails.Detail ??= DefaultDetail(status, ctx.HttpContext);
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static WebApplication UseClientStorErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Empty error responses (unknown route, wrong method, wrong media type) become problem details too.
        app.UseStatusCodePages();
        return app;
    }

    private static string DefaultDetail(int status, HttpContext ctx) => status switch
    {
        404 => $"No resource at '{ctx.Request.Path}'.",
        405 => $"'{ctx.Request.Method}' is not allowed on '{ctx.Request.Path}'.",
        401 => "A valid access token is required (Authorization: Bearer ...).",
        403 => "You are not allowed to do this.",
        415 => "Send the request body as application/json.",
        413 => "The request body is too large.",
        _ => Problems.ReasonPhrase(status),
    };
}

/// <summary>Maps exceptions to problem details; an unexpected one is a 500 with a trace id and no internals.</summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception ex, CancellationToken ct)
    {
        var problem = ex switch
        {
            NotFoundException notFound => Problems.NotFoundProblem(notFound.What),
            PreconditionFailedException => Problems.PreconditionFailedProblem(),
            FieldErrorsException fields => Problems.ValidationProblem(fields.Errors.ToDictionary()),
            ConflictException conflict => Problems.ConflictProblem(conflict.Message, conflict.Field),
            PermissionEscalationException escalation => Problems.Build(403, "permission-escalation", "Forbidden.", escalation.Message),
            BadHttpRequestException bad when bad.StatusCode == 413 =>
                Problems.Build(413, "payload-too-large", "Payload too large.", "The request body exceeds the allowed size."),
            BadHttpRequestException bad =>
                Problems.Build(bad.StatusCode, Problems.StatusType(bad.StatusCode), Problems.ReasonPhrase(bad.StatusCode), bad.Message),
            JsonException =>
                Problems.Build(400, "malformed-json", "Malformed JSON.", "The request body is not valid JSON."),
            Crypto.SecretUnreadableException =>
                Problems.Build(409, "secret-unreadable", "Secret cannot be read.",
                    "A stored secret failed its integrity check and was not decrypted. The attempt was recorded as a security event; contact an administrator."),
            Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.SerializationFailure } or DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.SerializationFailure } } =>
                Problems.Build(409, "concurrent-change", "Conflict.", "Someone changed the same thing at the same moment. Reload and try again."),
            _ when DatabaseBusy(ex) =>
                Problems.Build(503, "database-busy", "Service unavailable.",
                    "The database did not answer in time (every connection of this server was busy). Try again in a moment."),
            DbUpdateConcurrencyException => Problems.PreconditionFailedProblem(),
            OperationCanceledException when ctx.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (ex is Crypto.SecretUnreadableException unreadable)
            await RecordUnreadableSecretAsync(ctx, unreadable);
        if (problem is null && ctx.RequestAborted.IsCancellationRequested)
            return true;
        if (problem is null)
        {
            LogUnhandled(log, ex, ctx.Request.Method, ctx.Request.Path);
            problem = Problems.Build(500, "internal", "Internal server error.",
                "Something went wrong on our side. Quote the traceId when you report it.");
        }
        problem.Extensions["traceId"] = Activity.Current?.Id ?? ctx.TraceIdentifier;
        if (ctx.Response.HasStarted)
            return true;
        ctx.Response.StatusCode = problem.Status ?? 500;
        if (problem.Status == 503)
            ctx.Response.Headers.RetryAfter = "1";
        ctx.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        await ctx.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, Problems.ContentType, ct);
        return true;
    }

    /// <summary>
    /// No connection free in the pool within its Timeout, or a command timeout: Npgsql's exception with a TimeoutException
    /// inside, possibly wrapped by EF.
    /// </summary>
    private static bool DatabaseBusy(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is Npgsql.NpgsqlException { InnerException: TimeoutException })
                return true;
        return false;
    }

    /// <summary>Ciphertext that fails authentication means tampering or a misplaced key: a security event, in its own transaction.</summary>
    private async Task RecordUnreadableSecretAsync(HttpContext ctx, Crypto.SecretUnreadableException ex)
    {
        LogUnreadable(log, ex.Reason, ex.Slot?.Scope, ex.Slot?.RecordId, ex.Slot?.Field);
        try
        {
            await using var scope = ctx.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Auditing.AuditLog>().SaveAsync(new Auditing.AuditEntry(Auditing.AuditCategories.Security, "secret.unreadable")
            {
                Outcome = Auditing.AuditOutcomes.Failure,
                OrgId = ex.Slot is { Scope: var org } && org != Guid.Empty ? org : null,
                TargetType = "secret", TargetId = ex.Slot?.RecordId.ToString(),
                Details = new { field = ex.Slot?.Field, reason = ex.Reason, path = ctx.Request.Path.Value },
            }, CancellationToken.None);
        }
        catch (Exception auditFailure)
        {
            LogUnhandled(log, auditFailure, ctx.Request.Method, ctx.Request.Path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Secret failed to decrypt ({Reason}): scope {Scope}, record {RecordId}, field {Field}")]
    private static partial void LogUnreadable(ILogger logger, string reason, Guid? scope, Guid? recordId, string? field);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception ex, string method, string path);
}

/// <summary>
/// A JSON endpoint called without a Content-Type: FastEndpoints answers a bare 415 and starts the response, which no
/// status-code page can turn into problem details afterwards; this answers the same 415 as problem details first.
/// </summary>
internal static class MissingContentType
{
    public static WebApplication UseMissingContentTypeProblems(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            if (!ctx.Request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentType)
                && ctx.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is { } accepts
                && !accepts.ContentTypes.Contains("*/*"))
            {
                await Problems.Result(Problems.Build(415, "unsupported-media-type", "Unsupported media type.",
                    $"Send the request body as {string.Join(" or ", accepts.ContentTypes)} (the Content-Type header is missing).")).ExecuteAsync(ctx);
                return;
            }
            await next(ctx);
        });
        return app;
    }
}

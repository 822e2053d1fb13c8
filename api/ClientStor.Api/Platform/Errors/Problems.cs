using System.Diagnostics;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;

namespace ClientStor.Api.Platform.Errors;

/// <summary>
/// The one place problem details (RFC 9457) are built. Endpoints return these; they never format errors.
/// </summary>
public static class Problems
{
    public const string TypeBase = "https://clientstor.dev/problems/";
    public const string ContentType = "application/problem+json";

    public static IResult Validation(IDictionary<string, string[]> errors, string? detail = null) => Result(ValidationProblem(errors, detail));

    public static ProblemDetails ValidationProblem(IDictionary<string, string[]> errors, string? detail = null) =>
        Build(400, "validation", "One or more fields are invalid.", detail ?? "Correct the fields listed in 'errors' and try again.", errors);

    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [CamelCase(field)] = [message] });

    public static IResult NotFound(string what) => Result(NotFoundProblem(what));

    public static ProblemDetails NotFoundProblem(string what) =>
        Build(404, "not-found", "Not found.", $"{what} does not exist or you cannot access it.");

    public static IResult Conflict(string detail, string? field = null) => Result(ConflictProblem(detail, field));

    public static ProblemDetails ConflictProblem(string detail, string? field = null) =>
        Build(409, "conflict", "Conflict.", detail, field is null ? null : new Dictionary<string, string[]> { [CamelCase(field)] = [detail] });

    public static IResult Forbidden(string detail) =>
        Result(Build(403, "forbidden", "Forbidden.", detail));

    public static IResult PreconditionFailed() => Result(PreconditionFailedProblem());

    public static ProblemDetails PreconditionFailedProblem() =>
        Build(412, "etag-mismatch", "Precondition failed.",
            "The resource was changed by someone else since you read it (If-Match does not match its current etag). Reload it and apply your change again.");

    public static IResult Unprocessable(string type, string title, string detail) =>
        Result(Build(422, type, title, detail));

    public static IResult Unauthorized(string detail) =>
        Result(Build(401, "unauthorized", "Unauthorized.", detail));

    public static ProblemDetails Build(int status, string type, string title, string detail,
        IDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails
        {
            Type = TypeBase + type,
            Title = title,
            Status = status,
            Detail = detail,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id;
        if (errors is not null)
            problem.Extensions["errors"] = errors;
        return problem;
    }

    public static IResult Result(ProblemDetails problem) => new ProblemResult(problem);

    /// <summary>Writes the problem, stamping the request's trace id at the moment it is sent.</summary>
    private sealed class ProblemResult(ProblemDetails problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;
            httpContext.Response.StatusCode = problem.Status ?? 500;
            return httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, ContentType);
        }
    }

    /// <summary>FastEndpoints' validation-failure response: field → messages, camelCase field names.</summary>
    internal static object FromValidationFailures(List<ValidationFailure> failures, HttpContext ctx, int status)
    {
        var errors = failures
            .GroupBy(f => CamelCase(string.IsNullOrEmpty(f.PropertyName) ? "request" : f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var problem = status == 400
            ? Build(400, "validation", "One or more fields are invalid.", "Correct the fields listed in 'errors' and try again.", errors)
            : Build(status, StatusType(status), ReasonPhrase(status), string.Join(" ", failures.Select(f => f.ErrorMessage)), errors);
        problem.Extensions["traceId"] = Activity.Current?.Id ?? ctx.TraceIdentifier;
        return problem;
    }

    internal static string StatusType(int status) => status switch
    {
        400 => "bad-request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        406 => "not-acceptable",
        409 => "conflict",
        412 => "etag-mismatch",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        422 => "unprocessable",
        429 => "too-many-requests",
        500 => "internal",
        _ => $"http-{status}",
    };

    internal static string ReasonPhrase(int status) =>
        (Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } p ? p : "Error") + ".";

    internal static string CamelCase(string name)
    {
        // "Items[0].Name" → "items[0].name": each dotted segment camel-cased, as the JSON body spells it.
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Length > 0 && char.IsUpper(parts[i][0]))
                parts[i] = char.ToLowerInvariant(parts[i][0]) + parts[i][1..];
        return string.Join('.', parts);
    }
}

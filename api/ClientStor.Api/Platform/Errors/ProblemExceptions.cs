namespace ClientStor.Api.Platform.Errors;

/// <summary>
/// Failures an endpoint or a service throws instead of formatting a response; <see cref="ProblemExceptionHandler"/> turns
/// each into its problem details. Nothing is written before they are thrown, so no change is half done.
/// </summary>
public abstract class ProblemException(string message) : Exception(message);

/// <summary>404: the resource is missing or in an organisation the caller cannot see (the same answer for both).</summary>
public sealed class NotFoundException(string what) : ProblemException($"{what} does not exist or you cannot access it.")
{
    /// <summary>"The asset".</summary>
    public string What { get; } = what;
}

/// <summary>412: the <c>If-Match</c> the client sent is not the resource's current etag.</summary>
public sealed class PreconditionFailedException() : ProblemException("If-Match does not match the resource's current etag.");

/// <summary>400 with field errors (field → messages, camelCase as the body spells it).</summary>
public sealed class FieldErrorsException(IReadOnlyDictionary<string, string[]> errors)
    : ProblemException("One or more fields are invalid: " + string.Join(", ", errors.Keys))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public FieldErrorsException(string field, string message) : this(new Dictionary<string, string[]> { [Problems.CamelCase(field)] = [message] }) { }

    /// <summary>Throws when <paramref name="errors"/> (field → message) has any.</summary>
    public static void ThrowIfAny(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count > 0)
            throw new FieldErrorsException(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
    }
}

/// <summary>409: the change conflicts with the current state (a duplicate name, something still in use).</summary>
public sealed class ConflictException(string detail, string? field = null) : ProblemException(detail)
{
    public string? Field { get; } = field;
}

/// <summary>
/// 403 <c>permission-escalation</c>: the caller holds the permission for the operation, but its target holds (or would
/// give) permissions the caller does not have.
/// </summary>
public sealed class PermissionEscalationException(string detail) : ProblemException(detail);

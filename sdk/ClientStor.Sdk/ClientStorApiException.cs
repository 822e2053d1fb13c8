namespace ClientStor.Sdk;

public partial class ClientStorApiException
{
    /// <summary>The RFC 9457 problem the API answered with, when it sent one.</summary>
    public ProblemDetails? Problem => (this as ClientStorApiException<ProblemDetails>)?.Result;

    /// <summary>How long the API asked to wait before retrying (429 <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter =>
        Headers is not null && Headers.TryGetValue("Retry-After", out var values)
        && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>Field → messages for validation (400) and conflict (409) problems; empty otherwise.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors
    {
        get
        {
            if (Problem?.Errors is not { } errors)
                return new Dictionary<string, string[]>();
            return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
        }
    }
}

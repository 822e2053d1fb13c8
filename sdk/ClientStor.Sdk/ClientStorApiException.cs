namespace ClientStor.Sdk;

public partial class ClientStorApiException
{
    /// <summary>The RFC 9457 problem the API answered with, when it sent one.</summary>
    public ProblemDetails? Problem => (this as ClientStorApiException<ProblemDetails>)?.Result;

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

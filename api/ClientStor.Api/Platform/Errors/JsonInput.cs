using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;

namespace ClientStor.Api.Platform.Errors;

/// <summary>
/// How request JSON is read, strictly: numbers are numbers, a null where the request type does not allow one is refused
/// while reading (so no handler or validator meets an unexpected null), and a string may not hold NUL (PostgreSQL text
/// cannot store it). Each refusal is a 400 naming the field.
/// </summary>
public static class JsonInput
{
    /// <summary>The request reader's options (FastEndpoints' serializer).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ConfigureContract(options);
        options.Converters.Add(new NoNulStrings());
    }

    /// <summary>
    /// The part the OpenAPI document describes (ASP.NET Core's JSON options): a custom string converter would make every
    /// string an untyped schema there, and NUL is refused by the reader anyway.
    /// </summary>
    public static void ConfigureContract(JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        options.RespectNullableAnnotations = true;
    }

    /// <summary>FastEndpoints' hook: a JSON error as a field error, its message in words the caller can act on.</summary>
    public static ValidationFailure Failure(JsonException ex)
    {
        var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
        var message = ex.Message switch
        {
            var m when m.Contains("doesn't allow setting null values", StringComparison.Ordinal) => $"{field} cannot be null.",
            var m when m.Contains(NoNulStrings.Message, StringComparison.Ordinal) => NoNulStrings.Message,
            var m when m.Contains("could not be converted", StringComparison.Ordinal) && field != "body" => $"{field} has the wrong type.",
            _ => $"The request body is not valid JSON{(ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "")}.",
        };
        return new ValidationFailure(field, message);
    }

    private sealed class NoNulStrings : JsonConverter<string>
    {
        public const string Message = "Text may not contain the NUL character (\\u0000).";

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            if (value is not null && value.Contains('\0'))
                throw new JsonException(Message);
            return value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}

using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClientStor.Sdk;

/// <summary>
/// Reads and writes an enum as the API's value named by its <see cref="EnumMemberAttribute"/> (<c>in-repair</c>,
/// <c>connected-to</c>); the generated client uses it for every enum-valued field (System.Text.Json's own converter
/// would write the C# name).
/// </summary>
public sealed class EnumMemberConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> ToText = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name);

    private static readonly Dictionary<string, TEnum> FromText = ToText.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text && FromText.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{reader.GetString()}' is not a {typeof(TEnum).Name}.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(ToText[value]);
}

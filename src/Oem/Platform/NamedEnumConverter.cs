using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>
/// Reads and writes an enum by the names a profile author types ("lm75", "bus-voltage", "READ_PIN"), matched
/// without regard to case. An unknown name fails with the list of accepted ones, so the error says what was expected.
/// </summary>
public abstract class NamedEnumConverter<T>(params (string Name, T Value)[] names) : JsonConverter<T> where T : struct, Enum
{
    public string Expected { get; } = string.Join(", ", names.Select(n => n.Name));

    public string NameOf(T value)
    {
        foreach (var (name, v) in names)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
                return name;
        }
        return value.ToString();
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"expected a string, one of {Expected}; found {reader.TokenType}");
        var text = reader.GetString()!;
        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        throw new JsonException($"'{text}' is not one of {Expected}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));
}

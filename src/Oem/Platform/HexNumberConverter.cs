using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>
/// Reads an integer written as a JSON number or as a string in decimal or "0x" hexadecimal
/// ("0x48" for an I2C address reads better than 72). Writes plain numbers.
/// </summary>
public sealed class HexNumberConverter<T> : JsonConverter<T> where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var number) && TryConvert(number, out var value))
                return value;
            throw new JsonException($"expected an integer from {T.MinValue} to {T.MaxValue}");
        }
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!.Trim();
            var isHex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
            if (long.TryParse(isHex ? text[2..] : text, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture, out var parsed) && TryConvert(parsed, out var value))
                return value;
            throw new JsonException($"'{text}' is not an integer from {T.MinValue} to {T.MaxValue} (decimal or 0x-hex)");
        }
        throw new JsonException($"expected an integer (number or \"0x..\" string), found {reader.TokenType}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(long.CreateChecked(value));

    private static bool TryConvert(long number, out T value)
    {
        value = T.CreateSaturating(number);
        return long.CreateSaturating(value) == number;
    }
}

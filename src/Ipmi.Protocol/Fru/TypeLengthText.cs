using System.Text;

namespace Ipmi.Protocol.Fru;

/// <summary>
/// Decodes and encodes the data of type/length-prefixed text (FRU spec §13.1-13.3; IPMI v2.0 §43.15).
/// Writing always uses 8-bit ASCII + Latin-1; reading understands all four codes.
/// </summary>
public static class TypeLengthText
{
    private static readonly char[] BcdPlusChars = "0123456789 -.:,_".ToCharArray();

    public static string Decode(TextEncoding encoding, ReadOnlySpan<byte> data) => encoding switch
    {
        TextEncoding.Latin1 => Encoding.Latin1.GetString(data),
        TextEncoding.SixBitAscii => DecodeSixBit(data),
        TextEncoding.BcdPlus => DecodeBcdPlus(data),
        _ => Convert.ToHexString(data),
    };

    /// <summary>Latin-1 bytes of <paramref name="text"/>; characters outside Latin-1 become '?'.</summary>
    public static int EncodeLatin1(string text, Span<byte> destination) => Encoding.Latin1.GetBytes(text, destination);

    /// <summary>Six-bit ASCII (0x20-0x5F shifted to 0-63), packed LS bits first: four characters per three bytes.</summary>
    private static string DecodeSixBit(ReadOnlySpan<byte> data)
    {
        var characters = data.Length * 8 / 6;
        var builder = new StringBuilder(characters);
        for (var i = 0; i < characters; i++)
        {
            var bit = i * 6;
            var pair = data[bit / 8] | (bit / 8 + 1 < data.Length ? data[bit / 8 + 1] << 8 : 0);
            builder.Append((char)(((pair >> (bit % 8)) & 0x3F) + 0x20));
        }
        return builder.ToString();
    }

    /// <summary>BCD plus: two characters per byte, high nibble first.</summary>
    private static string DecodeBcdPlus(ReadOnlySpan<byte> data)
    {
        var builder = new StringBuilder(data.Length * 2);
        foreach (var b in data)
            builder.Append(BcdPlusChars[b >> 4]).Append(BcdPlusChars[b & 0x0F]);
        return builder.ToString();
    }
}

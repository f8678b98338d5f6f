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

    /// <summary>
    /// Writes <paramref name="text"/> as 8-bit ASCII + Latin-1 after a type/length byte whose length field
    /// is <paramref name="maxLength"/> wide (31 for SDR ID strings, 63 for FRU fields), cut at
    /// <paramref name="maxLength"/> bytes; characters outside Latin-1 become '?'.
    /// </summary>
    public static int WriteLatin1(string text, int maxLength, Span<byte> destination)
    {
        var bytes = Encoding.Latin1.GetBytes(Cut(text, maxLength), destination[1..]);
        destination[0] = (byte)((byte)TextEncoding.Latin1 << 6 | bytes);
        return 1 + bytes;
    }

    /// <summary>Bytes <see cref="WriteLatin1"/> writes, the type/length byte included.</summary>
    public static int Latin1Length(string text, int maxLength) => 1 + Encoding.Latin1.GetByteCount(Cut(text, maxLength));

    private static string Cut(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;

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

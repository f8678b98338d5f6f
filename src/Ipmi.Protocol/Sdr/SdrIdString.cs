using Ipmi.Protocol.Fru;

namespace Ipmi.Protocol.Sdr;

/// <summary>
/// The ID string of sensor and locator records, IPMI v2.0 §43.15: a type/length byte ([7:6] type,
/// 0b11 = 8-bit ASCII + Latin-1; [4:0] byte count, at most 16) and the bytes. Written as Latin-1.
/// </summary>
public static class SdrIdString
{
    public const int MaxLength = 16;

    /// <summary>Bytes <paramref name="text"/> takes: the type/length byte and up to 16 characters.</summary>
    public static int Length(string text) => TypeLengthText.Latin1Length(text, MaxLength);

    /// <summary>Reads the type/length byte and as many bytes as it announces.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out string text)
    {
        text = "";
        if (data.Length < 1)
            return false;
        var length = data[0] & 0x1F;
        if (data.Length < 1 + length)
            return false;
        text = TypeLengthText.Decode((TextEncoding)(data[0] >> 6), data.Slice(1, length));
        return true;
    }

    /// <summary>Writes 8-bit ASCII + Latin-1, cut at 16 characters.</summary>
    public static int Write(string text, Span<byte> destination) => TypeLengthText.WriteLatin1(text, MaxLength, destination);
}

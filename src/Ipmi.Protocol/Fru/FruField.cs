using Ipmi.Protocol.Messages;

namespace Ipmi.Protocol.Fru;

/// <summary>
/// Type/length-prefixed fields of the FRU info areas (Platform Management FRU Information Storage
/// Definition v1.0 rev 1.3, §13): [7:6] type, [5:0] byte count; 0xC1 ends an area's field list.
/// Also the area framing every info area shares (§10-§12): version, length in 8-byte units, fields,
/// 0xC1, zero padding to a multiple of 8, and a zero checksum.
/// </summary>
internal static class FruField
{
    public const byte EndOfFields = 0xC1;
    public const int MaxLength = 63;
    public const byte AreaFormatVersion = 0x01;

    public static int Length(string text) => TypeLengthText.Latin1Length(text, MaxLength);

    /// <summary>Writes 8-bit ASCII + Latin-1 (0xC0 | length), cut at 63 bytes; an empty string is 0xC0.</summary>
    public static int Write(string text, Span<byte> destination) => TypeLengthText.WriteLatin1(text, MaxLength, destination);

    /// <summary>Reads one field at <paramref name="offset"/>; false at the end marker or when the field overruns the area.</summary>
    public static bool TryRead(ReadOnlySpan<byte> area, ref int offset, out string text)
    {
        text = "";
        if (offset >= area.Length || area[offset] == EndOfFields)
            return false;
        var length = area[offset] & 0x3F;
        if (offset + 1 + length > area.Length)
            return false;
        text = TypeLengthText.Decode((TextEncoding)(area[offset] >> 6), area.Slice(offset + 1, length));
        offset += 1 + length;
        return true;
    }

    /// <summary>Reads the fields after the fixed ones up to the end marker.</summary>
    public static List<string> ReadCustom(ReadOnlySpan<byte> area, ref int offset)
    {
        var custom = new List<string>();
        while (TryRead(area, ref offset, out var field))
            custom.Add(field);
        return custom;
    }

    /// <summary>The area's bytes when its version, length and checksum are valid.</summary>
    public static bool TryGetArea(ReadOnlySpan<byte> image, int offset, out ReadOnlySpan<byte> area)
    {
        area = default;
        if (offset + 2 > image.Length || (image[offset] & 0x0F) != AreaFormatVersion)
            return false;
        var length = image[offset + 1] * 8;
        if (length < 8 || offset + length > image.Length || !Checksum.IsValid(image.Slice(offset, length)))
            return false;
        area = image.Slice(offset, length);
        return true;
    }

    /// <summary>Area length once padded: content, the end marker and the checksum, rounded up to 8.</summary>
    public static int PaddedLength(int contentLength) => (contentLength + 2 + 7) / 8 * 8;

    /// <summary>Writes the end marker, pads, sets the length byte (index 1) and the checksum; returns the area length.</summary>
    public static int Finish(Span<byte> area, int contentLength)
    {
        var length = PaddedLength(contentLength);
        area[contentLength] = EndOfFields;
        area[(contentLength + 1)..(length - 1)].Clear();
        area[1] = (byte)(length / 8);
        area[length - 1] = Checksum.Compute(area[..(length - 1)]);
        return length;
    }
}

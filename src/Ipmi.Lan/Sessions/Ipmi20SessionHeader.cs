using System.Buffers.Binary;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// The IPMI v2.0 (RMCP+) session header, IPMI v2.0 §13.6, Table 13-8 (right): auth type 06h, payload
/// type (bit 7 encrypted, bit 6 authenticated), session ID, session sequence number (little-endian),
/// payload length (little-endian). OEM explicit payloads, whose header is six bytes longer, are not parsed.
/// </summary>
public readonly record struct Ipmi20SessionHeader(
    PayloadType PayloadType, bool Encrypted, bool Authenticated, uint SessionId, uint Sequence, ushort PayloadLength)
{
    public const int Size =
        sizeof(byte) +      // authentication type / format = 06h
        sizeof(byte) +      // payload type with encrypted / authenticated bits
        sizeof(uint) +      // session ID
        sizeof(uint) +      // session sequence number
        sizeof(ushort);     // payload length

    public int Length => Size;

    /// <summary>False when short, not RMCP+ format, an OEM explicit payload, or the payload runs past the buffer.</summary>
    public static bool TryParse(ReadOnlySpan<byte> source, out Ipmi20SessionHeader header)
    {
        header = default;
        if (source.Length < Size || source[0] != (byte)AuthType.RmcpPlus)
            return false;
        var type = (PayloadType)(source[1] & 0x3F);
        if (type == PayloadType.OemExplicit)
            return false;
        header = new Ipmi20SessionHeader(
            type,
            (source[1] & 0x80) != 0,
            (source[1] & 0x40) != 0,
            BinaryPrimitives.ReadUInt32LittleEndian(source[2..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[6..]),
            BinaryPrimitives.ReadUInt16LittleEndian(source[10..]));
        return source.Length >= Size + header.PayloadLength;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)AuthType.RmcpPlus;
        destination[1] = (byte)((byte)PayloadType | (Encrypted ? 0x80 : 0) | (Authenticated ? 0x40 : 0));
        BinaryPrimitives.WriteUInt32LittleEndian(destination[2..], SessionId);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[6..], Sequence);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[10..], PayloadLength);
        return Size;
    }
}

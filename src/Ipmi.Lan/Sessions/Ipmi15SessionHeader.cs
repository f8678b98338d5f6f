using System.Buffers.Binary;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// The IPMI v1.5 session header with authentication type NONE, IPMI v2.0 §13.6, Table 13-8 (left):
/// auth type, session sequence number, session ID (both little-endian), message length. ipmitool's
/// lanplus interface and FreeIPMI send Get Channel Authentication Capabilities in this framing before
/// they know whether the BMC speaks RMCP+; v1.5 authentication types with an authcode are not supported.
/// </summary>
public readonly record struct Ipmi15SessionHeader(uint Sequence, uint SessionId, byte MessageLength)
{
    public const int Size =
        sizeof(byte) +      // authentication type (00h = none)
        sizeof(uint) +      // session sequence number
        sizeof(uint) +      // session ID
        sizeof(byte);       // message length

    public int Length => Size;

    /// <summary>False unless the auth type is NONE and the buffer holds the whole message (a trailing legacy pad byte is allowed).</summary>
    public static bool TryParse(ReadOnlySpan<byte> source, out Ipmi15SessionHeader header)
    {
        header = default;
        if (source.Length < Size || source[0] != (byte)AuthType.None)
            return false;
        header = new Ipmi15SessionHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(source[1..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[5..]),
            source[9]);
        return source.Length >= Size + header.MessageLength;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)AuthType.None;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], Sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[5..], SessionId);
        destination[9] = MessageLength;
        return Size;
    }
}

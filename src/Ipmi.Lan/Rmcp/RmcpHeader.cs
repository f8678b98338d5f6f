namespace Ipmi.Lan.Rmcp;

/// <summary>
/// The four-byte RMCP header that starts every datagram, IPMI v2.0 §13.1.3, Table 13-1:
/// version (06h = RMCP 1.0), reserved, sequence number (FFh = no RMCP ACK wanted), message class.
/// </summary>
public readonly record struct RmcpHeader(byte Sequence, RmcpClass Class)
{
    public const byte Version1 = 0x06;
    /// <summary>Sequence number meaning "do not send an RMCP ACK" (§13.1.3); IPMI messages always use it.</summary>
    public const byte NoAck = 0xFF;
    public const int Size = 4;

    public static RmcpHeader Ipmi => new(NoAck, RmcpClass.Ipmi);

    public int Length => Size;

    /// <summary>False for a short buffer, an unknown version, or an RMCP ACK (class bit 7), which needs no answer.</summary>
    public static bool TryParse(ReadOnlySpan<byte> source, out RmcpHeader header)
    {
        header = default;
        if (source.Length < Size || source[0] != Version1 || (source[3] & 0x80) != 0)
            return false;
        header = new RmcpHeader(source[2], (RmcpClass)(source[3] & 0x1F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Version1;
        destination[1] = 0x00;                  // reserved
        destination[2] = Sequence;
        destination[3] = (byte)Class;           // bit 7 clear: a normal message, not an ACK
        return Size;
    }
}

using System.Buffers.Binary;

namespace Ipmi.Lan.Rakp;

/// <summary>
/// The first eight bytes RAKP Messages 2, 3 and 4 share (IPMI v2.0 §13.21-13.23, Tables 13-12 to 13-14):
/// message tag, RMCP+ status code, two reserved bytes, and a session ID (whose side differs by message).
/// </summary>
internal static class RakpStatusHeader
{
    public const int Size =
        1 + // message tag
        1 + // RMCP+ status code
        2 + // reserved
        4;  // session ID, LS byte first

    public static (byte Tag, RmcpPlusStatus Status, uint SessionId) Read(ReadOnlySpan<byte> source) =>
        (source[0], (RmcpPlusStatus)source[1], BinaryPrimitives.ReadUInt32LittleEndian(source[4..]));

    public static void Write(Span<byte> destination, byte tag, RmcpPlusStatus status, uint sessionId)
    {
        destination[0] = tag;
        destination[1] = (byte)status;
        destination[2] = 0;
        destination[3] = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], sessionId);
    }
}

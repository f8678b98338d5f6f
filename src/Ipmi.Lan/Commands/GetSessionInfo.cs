using System.Buffers.Binary;
using System.Net;
using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Get Session Info request (App 06h/3Dh), IPMI v2.0 §22.20, Table 22-31: session index (00h = this
/// session, N = the Nth active session, FEh = by the session handle that follows, FFh = by the session ID
/// that follows, LS byte first) — the values ipmitool's <c>session info</c> sends.
/// </summary>
public readonly record struct GetSessionInfoRequest(byte Index, byte Handle, uint SessionId)
{
    public const byte Command = 0x3D;
    public const byte Current = 0x00;
    public const byte ByHandle = 0xFE;
    public const byte ById = 0xFF;

    public int Length => Index switch { ByHandle => 2, ById => 5, _ => 1 };

    public static bool TryParse(ReadOnlySpan<byte> source, out GetSessionInfoRequest request)
    {
        request = default;
        if (source.Length < 1)
            return false;
        switch (source[0])
        {
            case ByHandle when source.Length == 2:
                request = new(ByHandle, source[1], 0);
                return true;
            case ById when source.Length == 5:
                request = new(ById, 0, BinaryPrimitives.ReadUInt32LittleEndian(source[1..]));
                return true;
            case < ByHandle when source.Length == 1:
                request = new(source[0], 0, 0);
                return true;
            default:
                return false;
        }
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Index;
        if (Index == ByHandle)
            destination[1] = Handle;
        else if (Index == ById)
            BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], SessionId);
        return Length;
    }
}

/// <summary>
/// Get Session Info response data for a LAN channel, IPMI v2.0 §22.20, Table 22-31: session handle
/// (0 = no such session, then only the counts follow), possible and active session counts, user ID,
/// operating privilege, protocol (bits 7:4, 1 = IPMI v2.0/RMCP+) and channel, then the console's IP
/// address (MS byte first), MAC address and port (LS byte first).
/// </summary>
public readonly record struct GetSessionInfoResponse(
    byte Handle, byte PossibleSessions, byte ActiveSessions, byte UserId, PrivilegeLevel Privilege, byte Channel,
    IPEndPoint? Console)
{
    public const int NoSessionSize = 3;
    public const int LanSize = 18;
    private const byte RmcpPlusProtocol = 0x10;

    public int Length => Handle == 0 ? NoSessionSize : LanSize;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetSessionInfoResponse response)
    {
        response = default;
        if (source.Length < NoSessionSize || (source[0] != 0 && source.Length < LanSize))
            return false;
        response = source[0] == 0
            ? new(0, (byte)(source[1] & 0x3F), (byte)(source[2] & 0x3F), 0, 0, 0, null)
            : new(source[0], (byte)(source[1] & 0x3F), (byte)(source[2] & 0x3F), (byte)(source[3] & 0x3F),
                (PrivilegeLevel)(source[4] & 0x0F), (byte)(source[5] & 0x0F),
                new IPEndPoint(new IPAddress(source.Slice(6, 4)), BinaryPrimitives.ReadUInt16LittleEndian(source[16..])));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Handle;
        destination[1] = PossibleSessions;
        destination[2] = ActiveSessions;
        if (Handle == 0)
            return NoSessionSize;
        destination[3] = UserId;
        destination[4] = (byte)Privilege;
        destination[5] = (byte)(RmcpPlusProtocol | Channel);
        destination.Slice(6, 10).Clear();       // IPv4 address and MAC address (unknown: zeros)
        var address = Console?.Address;
        if (address is not null && address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        address?.TryWriteBytes(destination.Slice(6, 4), out _);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[16..], (ushort)(Console?.Port ?? 0));
        return LanSize;
    }
}

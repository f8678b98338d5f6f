namespace Ipmi.Protocol.Messages;

/// <summary>
/// An IPMI request message as carried in a LAN or IPMB frame, IPMI v2.0 §13.8, Figure 13-4:
/// rsAddr, netFn/rsLUN, checksum 1, rqAddr, rqSeq/rqLUN, cmd, data…, checksum 2.
/// <see cref="Data"/> aliases the parsed buffer.
/// </summary>
public readonly ref struct IpmiRequest
{
    /// <summary>Bytes before the data: rsAddr, netFn/LUN, checksum, rqAddr, rqSeq/LUN, cmd.</summary>
    public const int HeaderLength = 6;
    /// <summary>Header plus the trailing checksum: the smallest valid request.</summary>
    public const int Overhead = HeaderLength + 1;

    public byte ResponderAddress { get; init; }
    public NetFn NetFn { get; init; }
    public byte ResponderLun { get; init; }
    public byte RequesterAddress { get; init; }
    /// <summary>6-bit requester sequence number, echoed in the response.</summary>
    public byte Sequence { get; init; }
    public byte RequesterLun { get; init; }
    public byte Command { get; init; }
    public ReadOnlySpan<byte> Data { get; init; }

    public int Length => Overhead + Data.Length;

    /// <summary>Parses a request; false when it is too short or either checksum is wrong.</summary>
    public static bool TryParse(ReadOnlySpan<byte> frame, out IpmiRequest request)
    {
        request = default;
        if (frame.Length < Overhead
            || !Checksum.IsValid(frame[..3])
            || !Checksum.IsValid(frame[3..]))
            return false;
        request = new IpmiRequest
        {
            ResponderAddress = frame[0],
            NetFn = (NetFn)(frame[1] >> 2),
            ResponderLun = (byte)(frame[1] & 0x03),
            RequesterAddress = frame[3],
            Sequence = (byte)(frame[4] >> 2),
            RequesterLun = (byte)(frame[4] & 0x03),
            Command = frame[5],
            Data = frame[HeaderLength..^1],
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = ResponderAddress;
        destination[1] = (byte)(((byte)NetFn << 2) | (ResponderLun & 0x03));
        destination[2] = Checksum.Compute(destination[..2]);
        destination[3] = RequesterAddress;
        destination[4] = (byte)((Sequence << 2) | (RequesterLun & 0x03));
        destination[5] = Command;
        Data.CopyTo(destination[HeaderLength..]);
        var end = HeaderLength + Data.Length;
        destination[end] = Checksum.Compute(destination[3..end]);
        return end + 1;
    }
}

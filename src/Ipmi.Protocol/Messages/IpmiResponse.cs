namespace Ipmi.Protocol.Messages;

/// <summary>
/// An IPMI response message, IPMI v2.0 §13.8, Figure 13-5: rqAddr, netFn/rqLUN, checksum 1,
/// rsAddr, rqSeq/rsLUN, cmd, completion code, data…, checksum 2.
/// </summary>
public readonly ref struct IpmiResponse
{
    /// <summary>Bytes before the data, completion code included.</summary>
    public const int HeaderLength = 7;
    public const int Overhead = HeaderLength + 1;

    public byte RequesterAddress { get; init; }
    /// <summary>The request's network function; the wire carries it plus one (§5.1).</summary>
    public NetFn NetFn { get; init; }
    public byte RequesterLun { get; init; }
    public byte ResponderAddress { get; init; }
    public byte Sequence { get; init; }
    public byte ResponderLun { get; init; }
    public byte Command { get; init; }
    public CompletionCode CompletionCode { get; init; }
    public ReadOnlySpan<byte> Data { get; init; }

    public int Length => Overhead + Data.Length;

    /// <summary>The response that answers <paramref name="request"/>, swapping the addresses and LUNs.</summary>
    public static IpmiResponse For(in IpmiRequest request, CompletionCode code, ReadOnlySpan<byte> data) => new()
    {
        RequesterAddress = request.RequesterAddress,
        NetFn = request.NetFn,
        RequesterLun = request.RequesterLun,
        ResponderAddress = request.ResponderAddress,
        Sequence = request.Sequence,
        ResponderLun = request.ResponderLun,
        Command = request.Command,
        CompletionCode = code,
        Data = data,
    };

    public static bool TryParse(ReadOnlySpan<byte> frame, out IpmiResponse response)
    {
        response = default;
        if (frame.Length < Overhead
            || !Checksum.IsValid(frame[..3])
            || !Checksum.IsValid(frame[3..]))
            return false;
        response = new IpmiResponse
        {
            RequesterAddress = frame[0],
            NetFn = (NetFn)((frame[1] >> 2) & 0x3E),
            RequesterLun = (byte)(frame[1] & 0x03),
            ResponderAddress = frame[3],
            Sequence = (byte)(frame[4] >> 2),
            ResponderLun = (byte)(frame[4] & 0x03),
            Command = frame[5],
            CompletionCode = (CompletionCode)frame[6],
            Data = frame[HeaderLength..^1],
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = RequesterAddress;
        destination[1] = (byte)((NetFn.ResponseCode() << 2) | (RequesterLun & 0x03));
        destination[2] = Checksum.Compute(destination[..2]);
        destination[3] = ResponderAddress;
        destination[4] = (byte)((Sequence << 2) | (ResponderLun & 0x03));
        destination[5] = Command;
        destination[6] = (byte)CompletionCode;
        Data.CopyTo(destination[HeaderLength..]);
        var end = HeaderLength + Data.Length;
        destination[end] = Checksum.Compute(destination[3..end]);
        return end + 1;
    }
}

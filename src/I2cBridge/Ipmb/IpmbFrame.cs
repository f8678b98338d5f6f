namespace I2cBridge.Ipmb;

/// <summary>
/// One IPMB message (IPMB v1.0 §2.11, Figure 2-4 request / Figure 2-5 response; IPMI v2.0 §7.2). Requests and
/// responses share the layout, named here from the frame's own point of view:
/// <code>
/// request : rsSA | netFn/rsLUN | chk1 | rqSA | rqSeq/rqLUN | cmd | data…          | chk2
/// response: rqSA | netFn/rqLUN | chk1 | rsSA | rqSeq/rsLUN | cmd | cc, data…      | chk2
///           Target  NetFn/TargetLun    Source  Sequence/SourceLun
/// </code>
/// Addresses are 8-bit slave addresses (7-bit address shifted left), as IPMB writes them.
/// </summary>
public readonly record struct IpmbFrame(
    byte TargetAddress, byte NetFn, byte TargetLun, byte SourceAddress, byte Sequence, byte SourceLun, byte Command, ReadOnlyMemory<byte> Data)
{
    /// <summary>Smallest frame: six header bytes and the second checksum.</summary>
    public const int MinLength = 7;

    /// <summary>Responses have an odd NetFn (IPMI v2.0 §5.1).</summary>
    public bool IsResponse => (NetFn & 1) != 0;

    /// <summary>For a response: its first data byte.</summary>
    public byte CompletionCode => Data.Span[0];

    public int Length =>
        sizeof(byte) + // target slave address
        sizeof(byte) + // netFn / target LUN
        sizeof(byte) + // header checksum
        sizeof(byte) + // source slave address
        sizeof(byte) + // sequence / source LUN
        sizeof(byte) + // command
        Data.Length +  // data (a response starts with the completion code)
        sizeof(byte);  // data checksum

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = TargetAddress;
        destination[1] = (byte)((NetFn << 2) | (TargetLun & 0x03));
        destination[2] = IpmbChecksum.Compute(destination[..2]);
        destination[3] = SourceAddress;
        destination[4] = (byte)((Sequence << 2) | (SourceLun & 0x03));
        destination[5] = Command;
        Data.Span.CopyTo(destination[6..]);
        var end = 6 + Data.Length;
        destination[end] = IpmbChecksum.Compute(destination[3..end]);
        return end + 1;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>Parses a whole frame; false when short or when either checksum is wrong.</summary>
    public static bool TryParse(ReadOnlySpan<byte> source, out IpmbFrame frame)
    {
        frame = default;
        if (source.Length < MinLength || !IpmbChecksum.IsValid(source[..3]) || !IpmbChecksum.IsValid(source[3..]))
            return false;
        frame = new IpmbFrame(
            source[0], (byte)(source[1] >> 2), (byte)(source[1] & 0x03),
            source[3], (byte)(source[4] >> 2), (byte)(source[4] & 0x03),
            source[5], source[6..^1].ToArray());
        return true;
    }

    /// <summary>The response to this request: addresses and LUNs swapped, NetFn + 1, same sequence and command.</summary>
    public IpmbFrame ToResponse(ReadOnlyMemory<byte> completionCodeAndData)
        => new(SourceAddress, (byte)(NetFn | 1), SourceLun, TargetAddress, Sequence, TargetLun, Command, completionCodeAndData);
}

namespace Ipmi.Protocol.App;

/// <summary>
/// Get Device GUID (IPMI v2.0 §20.8) and Get System GUID (§22.14) responses: a 16-byte GUID.
/// The IPMI encoding (§20.8, Table 20-10) stores every field least-significant byte first, node
/// included — the whole 16 bytes are the RFC 4122 big-endian form reversed. ipmitool 1.8.19's
/// `mc guid` decodes it that way and prints "GUID Encoding : IPMI" for a time-based GUID.
/// </summary>
public readonly record struct GetGuidResponse(Guid Guid)
{
    public const byte DeviceGuidCommand = 0x08;
    public const byte SystemGuidCommand = 0x37;
    public const int Length = 16;

    public static bool TryParse(ReadOnlySpan<byte> data, out GetGuidResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        Span<byte> rfc = stackalloc byte[Length];
        data[..Length].CopyTo(rfc);
        rfc.Reverse();
        response = new GetGuidResponse(new Guid(rfc, bigEndian: true));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        Guid.TryWriteBytes(destination[..Length], bigEndian: true, out _);
        destination[..Length].Reverse();
        return Length;
    }
}

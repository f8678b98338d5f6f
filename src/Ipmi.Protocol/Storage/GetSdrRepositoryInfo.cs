using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>Operation support bits of Get SDR Repository Info, IPMI v2.0 §33.9, Table 33-3 byte 14.</summary>
[Flags]
public enum SdrRepositorySupport : byte
{
    None = 0,
    GetAllocationInfo = 0x01,
    Reserve = 0x02,
    PartialAdd = 0x04,
    Delete = 0x08,
    /// <summary>[6:5] = 01b: non-modal update supported.</summary>
    NonModalUpdate = 0x20,
    /// <summary>[6:5] = 10b: modal update supported.</summary>
    ModalUpdate = 0x40,
    /// <summary>An Add SDR failed for lack of space.</summary>
    Overflow = 0x80,
}

/// <summary>
/// Get SDR Repository Info response, IPMI v2.0 §33.9, Table 33-3 (storage netFn, command 0x20; the
/// request is empty). Timestamps are seconds since 1970-01-01 UTC (§37); FreeIPMI's ipmi-sensors keeps
/// its SDR cache only while they are unchanged.
/// </summary>
public readonly record struct GetSdrRepositoryInfoResponse(
    ushort RecordCount,
    ushort FreeSpace,
    uint MostRecentAddition,
    uint MostRecentErase,
    SdrRepositorySupport Support,
    byte Version = Sdr.SdrHeader.Version51)
{
    public const byte Command = 0x20;
    /// <summary>Free space value meaning "unspecified".</summary>
    public const ushort FreeSpaceUnspecified = 0xFFFF;

    public const int Length =
        1 + // SDR version, 0x51
        2 + // record count, LS byte first
        2 + // free space in bytes, LS byte first
        4 + // most recent addition timestamp, LS byte first
        4 + // most recent erase timestamp, LS byte first
        1;  // operation support

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSdrRepositoryInfoResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetSdrRepositoryInfoResponse(
            BinaryPrimitives.ReadUInt16LittleEndian(data[1..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[3..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[5..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[9..]),
            (SdrRepositorySupport)data[13],
            data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Version;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], RecordCount);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[3..], FreeSpace);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[5..], MostRecentAddition);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[9..], MostRecentErase);
        destination[13] = (byte)Support;
        return Length;
    }
}

using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>Operation support bits of Get SEL Info, IPMI v2.0 §31.2, Table 31-2 byte 14.</summary>
[Flags]
public enum SelSupport : byte
{
    None = 0,
    GetAllocationInfo = 0x01,
    Reserve = 0x02,
    PartialAdd = 0x04,
    Delete = 0x08,
    /// <summary>Events were dropped because the SEL was full.</summary>
    Overflow = 0x80,
}

/// <summary>
/// Get SEL Info response, IPMI v2.0 §31.2, Table 31-2 (storage netFn, command 0x40; empty request).
/// </summary>
public readonly record struct GetSelInfoResponse(
    ushort Entries,
    ushort FreeSpace,
    uint MostRecentAddition,
    uint MostRecentErase,
    SelSupport Support,
    byte Version = GetSelInfoResponse.Version51)
{
    public const byte Command = 0x40;
    public const byte Version51 = 0x51;

    public const int Length =
        1 + // SEL version, 0x51
        2 + // number of entries, LS byte first
        2 + // free space in bytes, LS byte first
        4 + // most recent addition timestamp
        4 + // most recent erase timestamp
        1;  // operation support

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSelInfoResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetSelInfoResponse(
            BinaryPrimitives.ReadUInt16LittleEndian(data[1..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[3..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[5..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[9..]),
            (SelSupport)data[13],
            data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Version;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], Entries);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[3..], FreeSpace);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[5..], MostRecentAddition);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[9..], MostRecentErase);
        destination[13] = (byte)Support;
        return Length;
    }
}

/// <summary>
/// Get SEL Allocation Info response, IPMI v2.0 §31.3, Table 31-3 (storage netFn, command 0x41; empty request).
/// </summary>
public readonly record struct GetSelAllocationInfoResponse(
    ushort AllocationUnits,
    ushort AllocationUnitSize,
    ushort FreeUnits,
    ushort LargestFreeBlock,
    byte MaximumRecordSize)
{
    public const byte Command = 0x41;

    public const int Length =
        2 + // number of possible allocation units
        2 + // allocation unit size in bytes
        2 + // number of free allocation units
        2 + // largest free block in allocation units
        1;  // maximum record size in allocation units

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSelAllocationInfoResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetSelAllocationInfoResponse(
            BinaryPrimitives.ReadUInt16LittleEndian(data),
            BinaryPrimitives.ReadUInt16LittleEndian(data[2..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[4..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[6..]),
            data[8]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, AllocationUnits);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], AllocationUnitSize);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[4..], FreeUnits);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[6..], LargestFreeBlock);
        destination[8] = MaximumRecordSize;
        return Length;
    }
}

using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>Get FRU Inventory Area Info request, IPMI v2.0 §34.1 (storage netFn, command 0x10): the FRU device ID.</summary>
public readonly record struct GetFruInventoryAreaInfoRequest(byte FruDeviceId)
{
    public const int Length = 1; // FRU device ID, 0xFF reserved

    public static bool TryParse(ReadOnlySpan<byte> data, out GetFruInventoryAreaInfoRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetFruInventoryAreaInfoRequest(data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = FruDeviceId;
        return Length;
    }
}

/// <summary>
/// Get FRU Inventory Area Info, IPMI v2.0 §34.1, Table 34-1 (storage netFn, command 0x10): the request
/// is the FRU device ID; the response the area size in bytes (LS byte first) and whether the device is
/// accessed by words (bit 0) rather than bytes.
/// </summary>
public readonly record struct GetFruInventoryAreaInfoResponse(ushort AreaSize, bool AccessedByWords = false)
{
    public const byte Command = 0x10;

    public const int Length =
        2 + // FRU inventory area size in bytes, LS byte first
        1;  // [0] 1 = accessed by words, 0 = by bytes

    public static bool TryParse(ReadOnlySpan<byte> data, out GetFruInventoryAreaInfoResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetFruInventoryAreaInfoResponse(BinaryPrimitives.ReadUInt16LittleEndian(data), (data[2] & 1) != 0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, AreaSize);
        destination[2] = (byte)(AccessedByWords ? 1 : 0);
        return Length;
    }
}

/// <summary>
/// Read FRU Data request, IPMI v2.0 §34.2, Table 34-2 (storage netFn, command 0x11): FRU device ID,
/// offset (LS byte first) and count to read. ipmitool 1.8.19 reads in chunks (lib/ipmi_fru.c).
/// </summary>
public readonly record struct ReadFruDataRequest(byte FruDeviceId, ushort Offset, byte Count)
{
    public const byte Command = 0x11;

    public const int Length =
        1 + // FRU device ID
        2 + // offset to read, LS byte first
        1;  // count to read

    public static bool TryParse(ReadOnlySpan<byte> data, out ReadFruDataRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new ReadFruDataRequest(data[0], BinaryPrimitives.ReadUInt16LittleEndian(data[1..]), data[3]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = FruDeviceId;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], Offset);
        destination[3] = Count;
        return Length;
    }
}

/// <summary>Read FRU Data response, IPMI v2.0 §34.2: the count returned, then the data.</summary>
public readonly record struct ReadFruDataResponse(ReadOnlyMemory<byte> Data)
{
    public int Length =>
        1 +             // count returned
        Data.Length;    // requested data

    /// <summary>Parses the response; false when fewer bytes follow than the count says. The data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out ReadFruDataResponse response)
    {
        response = default;
        if (data.Length < 1 || data.Length < 1 + data[0])
            return false;
        response = new ReadFruDataResponse(data.Slice(1, data[0]).ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Data.Length;
        Data.Span.CopyTo(destination[1..]);
        return Length;
    }
}

/// <summary>
/// Write FRU Data request, IPMI v2.0 §34.3, Table 34-3 (storage netFn, command 0x12): FRU device ID,
/// offset (LS byte first), then the data. The response is the count written (one byte).
/// </summary>
public readonly record struct WriteFruDataRequest(byte FruDeviceId, ushort Offset, ReadOnlyMemory<byte> Data)
{
    public const byte Command = 0x12;

    public int Length =>
        1 +             // FRU device ID
        2 +             // offset to write, LS byte first
        Data.Length;    // data to write

    /// <summary>Parses the request; the data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out WriteFruDataRequest request)
    {
        request = default;
        if (data.Length < 3)
            return false;
        request = new WriteFruDataRequest(data[0], BinaryPrimitives.ReadUInt16LittleEndian(data[1..]), data[3..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = FruDeviceId;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], Offset);
        Data.Span.CopyTo(destination[3..]);
        return Length;
    }
}

/// <summary>Write FRU Data response, IPMI v2.0 §34.3: the number of bytes written.</summary>
public readonly record struct WriteFruDataResponse(byte CountWritten)
{
    public const int Length = 1; // count written

    public static bool TryParse(ReadOnlySpan<byte> data, out WriteFruDataResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new WriteFruDataResponse(data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = CountWritten;
        return Length;
    }
}

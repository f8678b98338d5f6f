using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// Get SDR request, IPMI v2.0 §33.12, Table 33-5 (storage netFn, command 0x23); the same layout is the
/// Get Device SDR request (§35.3, sensor/event netFn, command 0x21). ipmitool reads records in chunks
/// (a 5-byte header first, then the body); FreeIPMI asks for whole records with 0xFF first.
/// </summary>
/// <param name="ReservationId">0 is accepted only for reads from offset 0.</param>
/// <param name="RecordId">0x0000 = first record; 0xFFFF = last record.</param>
public readonly record struct GetSdrRequest(ushort ReservationId, ushort RecordId, byte Offset, byte BytesToRead)
{
    public const byte Command = 0x23;
    /// <summary>Get Device SDR, sensor/event netFn.</summary>
    public const byte DeviceSdrCommand = 0x21;
    /// <summary><see cref="BytesToRead"/> value asking for the entire record.</summary>
    public const byte EntireRecord = 0xFF;
    public const ushort FirstRecord = 0x0000;
    public const ushort LastRecord = 0xFFFF;

    public const int Length =
        2 + // reservation ID, LS byte first
        2 + // record ID, LS byte first
        1 + // offset into record
        1;  // bytes to read, 0xFF = entire record

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSdrRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSdrRequest(
            BinaryPrimitives.ReadUInt16LittleEndian(data),
            BinaryPrimitives.ReadUInt16LittleEndian(data[2..]),
            data[4], data[5]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, ReservationId);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], RecordId);
        destination[4] = Offset;
        destination[5] = BytesToRead;
        return Length;
    }
}

/// <summary>
/// Get SDR response, IPMI v2.0 §33.12, Table 33-5 (also Get Device SDR, §35.3): the next record ID
/// (0xFFFF after the last record) and the requested bytes of the record.
/// </summary>
public readonly record struct GetSdrResponse(ushort NextRecordId, ReadOnlyMemory<byte> Data)
{
    /// <summary>Next record ID after the last record.</summary>
    public const ushort EndOfRepository = 0xFFFF;

    public int Length =>
        2 +             // next record ID, LS byte first
        Data.Length;    // record bytes

    /// <summary>Parses the response; the record bytes are copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out GetSdrResponse response)
    {
        response = default;
        if (data.Length < 2)
            return false;
        response = new GetSdrResponse(BinaryPrimitives.ReadUInt16LittleEndian(data), data[2..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, NextRecordId);
        Data.Span.CopyTo(destination[2..]);
        return Length;
    }
}

using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// Get SEL Entry request, IPMI v2.0 §31.5, Table 31-5 (storage netFn, command 0x43): reservation ID
/// (needed only for partial reads), record ID (0x0000 first, 0xFFFF last), offset, bytes to read (0xFF = entire record).
/// </summary>
public readonly record struct GetSelEntryRequest(ushort ReservationId, ushort RecordId, byte Offset = 0, byte BytesToRead = GetSelEntryRequest.EntireRecord)
{
    public const byte Command = 0x43;
    public const byte EntireRecord = 0xFF;
    public const ushort FirstEntry = 0x0000;
    public const ushort LastEntry = 0xFFFF;

    public const int Length =
        2 + // reservation ID
        2 + // SEL record ID
        1 + // offset into record
        1;  // bytes to read, 0xFF = entire record

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSelEntryRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSelEntryRequest(
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
/// Get SEL Entry response, IPMI v2.0 §31.5, Table 31-5: next record ID (0xFFFF after the last entry)
/// and the requested bytes of the 16-byte record (see <see cref="Sel.SelRecord"/>).
/// </summary>
public readonly record struct GetSelEntryResponse(ushort NextRecordId, ReadOnlyMemory<byte> Data)
{
    public const ushort EndOfLog = 0xFFFF;

    public int Length =>
        2 +             // next SEL record ID
        Data.Length;    // record bytes

    /// <summary>Parses the response; the record bytes are copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out GetSelEntryResponse response)
    {
        response = default;
        if (data.Length < 2)
            return false;
        response = new GetSelEntryResponse(BinaryPrimitives.ReadUInt16LittleEndian(data), data[2..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, NextRecordId);
        Data.Span.CopyTo(destination[2..]);
        return Length;
    }
}

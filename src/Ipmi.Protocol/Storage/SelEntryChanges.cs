using System.Buffers.Binary;
using Ipmi.Protocol.Sel;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// Add SEL Entry request, IPMI v2.0 §31.6, Table 31-6 (storage netFn, command 0x44): a whole 16-byte
/// record. The controller assigns the record ID and, for timestamped types, the timestamp; the response
/// is a <see cref="RecordIdResponse"/>.
/// </summary>
public readonly record struct AddSelEntryRequest(SelRecord Record)
{
    public const byte Command = 0x44;
    public const int Length = SelRecord.Length;

    public static bool TryParse(ReadOnlySpan<byte> data, out AddSelEntryRequest request)
    {
        request = default;
        if (!SelRecord.TryParse(data, out var record))
            return false;
        request = new AddSelEntryRequest(record);
        return true;
    }

    public int WriteTo(Span<byte> destination) => Record.WriteTo(destination);
}

/// <summary>
/// Delete SEL Entry request, IPMI v2.0 §31.8, Table 31-8 (storage netFn, command 0x46): reservation ID
/// and record ID (0x0000 first, 0xFFFF last); the response is a <see cref="RecordIdResponse"/>.
/// </summary>
public readonly record struct DeleteSelEntryRequest(ushort ReservationId, ushort RecordId)
{
    public const byte Command = 0x46;

    public const int Length =
        2 + // reservation ID
        2;  // SEL record ID to delete

    public static bool TryParse(ReadOnlySpan<byte> data, out DeleteSelEntryRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new DeleteSelEntryRequest(
            BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, ReservationId);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], RecordId);
        return Length;
    }
}

/// <summary>The record ID answered by Add SEL Entry (§31.6) and Delete SEL Entry (§31.8), LS byte first.</summary>
public readonly record struct RecordIdResponse(ushort RecordId)
{
    public const int Length = 2;

    public static bool TryParse(ReadOnlySpan<byte> data, out RecordIdResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new RecordIdResponse(BinaryPrimitives.ReadUInt16LittleEndian(data));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, RecordId);
        return Length;
    }
}

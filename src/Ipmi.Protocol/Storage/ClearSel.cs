using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// Clear SEL request, IPMI v2.0 §31.9, Table 31-9 (storage netFn, command 0x47): reservation ID, the
/// bytes 'C' 'L' 'R', and 0xAA to initiate erasure or 0x00 to get the erasure status. A request
/// without 'CLR' does not parse.
/// </summary>
public readonly record struct ClearSelRequest(ushort ReservationId, bool Initiate)
{
    public const byte Command = 0x47;
    public const byte InitiateErase = 0xAA;
    public const byte GetErasureStatus = 0x00;

    public const int Length =
        2 + // reservation ID
        3 + // 'C' 'L' 'R'
        1;  // 0xAA initiate erase, 0x00 get erasure status

    private static ReadOnlySpan<byte> Clr => "CLR"u8;

    public static bool TryParse(ReadOnlySpan<byte> data, out ClearSelRequest request)
    {
        request = default;
        if (data.Length < Length || !data[2..5].SequenceEqual(Clr) || data[5] is not (InitiateErase or GetErasureStatus))
            return false;
        request = new ClearSelRequest(BinaryPrimitives.ReadUInt16LittleEndian(data), data[5] == InitiateErase);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, ReservationId);
        Clr.CopyTo(destination[2..]);
        destination[5] = Initiate ? InitiateErase : GetErasureStatus;
        return Length;
    }
}

/// <summary>Clear SEL response, IPMI v2.0 §31.9: erasure progress in bits 3:0 (0 in progress, 1 completed).</summary>
public readonly record struct ClearSelResponse(bool Completed)
{
    public const int Length = 1; // erasure progress

    public static bool TryParse(ReadOnlySpan<byte> data, out ClearSelResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new ClearSelResponse((data[0] & 0x0F) == 1);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)(Completed ? 1 : 0);
        return Length;
    }
}

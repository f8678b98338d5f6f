using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// The response of the reserve commands — Reserve SDR Repository (IPMI v2.0 §33.11, storage 0x22),
/// Reserve SEL (§31.4, storage 0x42) and Reserve Device SDR Repository (§35.4, sensor/event 0x22): a
/// reservation ID, LS byte first, that later Get SDR / Get SEL Entry / Delete / Clear requests quote.
/// The requests are empty.
/// </summary>
public readonly record struct ReservationResponse(ushort ReservationId)
{
    public const byte ReserveSdrRepositoryCommand = 0x22;
    public const byte ReserveSelCommand = 0x42;
    /// <summary>Sensor/event netFn.</summary>
    public const byte ReserveDeviceSdrRepositoryCommand = 0x22;

    public const int Length = 2; // reservation ID, LS byte first

    public static bool TryParse(ReadOnlySpan<byte> data, out ReservationResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new ReservationResponse(BinaryPrimitives.ReadUInt16LittleEndian(data));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, ReservationId);
        return Length;
    }
}

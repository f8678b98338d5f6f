using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// The event fields shared by the Platform Event Message (IPMI v2.0 §29.3, Table 29-5) and the SEL
/// system event record (§32.1, Table 32-1 bytes 10-16): EvM revision, sensor type and number, event
/// direction and event/reading type, and three event data bytes (§29.7, Table 29-6).
/// </summary>
/// <param name="EventMessageRevision">0x04 for IPMI v2.0/1.5 (0x03 for IPMI v1.0).</param>
/// <param name="Deassertion">Bit 7 of the event dir/type byte: false = assertion event.</param>
/// <param name="EventData1">
/// For threshold and discrete sensors: [7:6] what byte 2 holds, [5:4] what byte 3 holds, [3:0] the offset
/// from the event/reading type code (Table 29-6). Unused data bytes are 0xFF.
/// </param>
public readonly record struct EventMessage(
    byte EventMessageRevision,
    SensorType SensorType,
    byte SensorNumber,
    bool Deassertion,
    EventReadingType EventType,
    byte EventData1,
    byte EventData2 = 0xFF,
    byte EventData3 = 0xFF)
{
    public const byte IpmiV2Revision = 0x04;

    public const int Length =
        1 + // EvM revision
        1 + // sensor type
        1 + // sensor number
        1 + // [7] event dir (1 = deassertion), [6:0] event/reading type
        3;  // event data 1-3

    public static bool TryParse(ReadOnlySpan<byte> data, out EventMessage message)
    {
        message = default;
        if (data.Length < Length)
            return false;
        message = new EventMessage(
            data[0], (SensorType)data[1], data[2],
            Deassertion: (data[3] & 0x80) != 0, EventType: (EventReadingType)(data[3] & 0x7F),
            data[4], data[5], data[6]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = EventMessageRevision;
        destination[1] = (byte)SensorType;
        destination[2] = SensorNumber;
        destination[3] = (byte)((Deassertion ? 0x80 : 0) | ((byte)EventType & 0x7F));
        destination[4] = EventData1;
        destination[5] = EventData2;
        destination[6] = EventData3;
        return Length;
    }
}

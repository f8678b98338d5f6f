using System.Buffers.Binary;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// The sensor event enable state, IPMI v2.0 §35.10-35.11, Tables 35-10 and 35-11: [7] all event messages
/// enabled, [6] scanning enabled, then the assertion and deassertion event masks (LS byte first; for
/// threshold sensors the bits are the twelve threshold event offsets). It is the Get Sensor Event Enable
/// response and, after the sensor number, the body of Set Sensor Event Enable.
/// </summary>
public readonly record struct SensorEventEnable(bool EventMessagesEnabled, bool ScanningEnabled, ushort AssertionMask, ushort DeassertionMask)
{
    public const byte SetCommand = 0x28;
    public const byte GetCommand = 0x29;

    public const int Length =
        1 + // [7] event messages, [6] scanning
        2 + // assertion event mask
        2;  // deassertion event mask

    public static bool TryParse(ReadOnlySpan<byte> data, out SensorEventEnable enable)
    {
        enable = default;
        if (data.Length < 1)
            return false;
        enable = new SensorEventEnable(
            (data[0] & 0x80) != 0, (data[0] & 0x40) != 0,
            data.Length >= 3 ? BinaryPrimitives.ReadUInt16LittleEndian(data[1..]) : (ushort)0,
            data.Length >= 5 ? BinaryPrimitives.ReadUInt16LittleEndian(data[3..]) : (ushort)0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((EventMessagesEnabled ? 0x80 : 0) | (ScanningEnabled ? 0x40 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], AssertionMask);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[3..], DeassertionMask);
        return Length;
    }
}

/// <summary>
/// Re-arm Sensor Events request, IPMI v2.0 §35.12, Table 35-12 (sensor/event netFn, command 0x2A): the
/// sensor number, [7] 0 = re-arm all events, then optional masks of the events to re-arm.
/// </summary>
public readonly record struct RearmSensorEventsRequest(byte SensorNumber, bool All)
{
    public const byte Command = 0x2A;

    public const int Length =
        1 + // sensor number
        1;  // [7] 0 = re-arm all event status

    public static bool TryParse(ReadOnlySpan<byte> data, out RearmSensorEventsRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new RearmSensorEventsRequest(data[0], (data[1] & 0x80) == 0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        destination[1] = (byte)(All ? 0 : 0x80);
        return Length;
    }
}

namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// Get Sensor Hysteresis request, IPMI v2.0 §35.7, Table 35-7 (sensor/event netFn, command 0x25). The
/// second byte is reserved for a hysteresis mask and sent as 0xFF.
/// </summary>
public readonly record struct GetSensorHysteresisRequest(byte SensorNumber, byte Mask = 0xFF)
{
    public const byte Command = 0x25;

    public const int Length =
        1 + // sensor number
        1;  // reserved hysteresis mask, 0xFF

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorHysteresisRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSensorHysteresisRequest(data[0], data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        destination[1] = Mask;
        return Length;
    }
}

/// <summary>
/// Hysteresis in raw counts (0 = none), IPMI v2.0 §35.7: the Get Sensor Hysteresis response and the
/// tail of the Set Sensor Hysteresis request (§35.6).
/// </summary>
public readonly record struct SensorHysteresis(byte PositiveGoing, byte NegativeGoing)
{
    public const int Length =
        1 + // positive-going threshold hysteresis
        1;  // negative-going threshold hysteresis

    public static bool TryParse(ReadOnlySpan<byte> data, out SensorHysteresis hysteresis)
    {
        hysteresis = default;
        if (data.Length < Length)
            return false;
        hysteresis = new SensorHysteresis(data[0], data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = PositiveGoing;
        destination[1] = NegativeGoing;
        return Length;
    }
}

/// <summary>Set Sensor Hysteresis request, IPMI v2.0 §35.6, Table 35-6 (sensor/event netFn, command 0x24).</summary>
public readonly record struct SetSensorHysteresisRequest(byte SensorNumber, SensorHysteresis Hysteresis, byte Mask = 0xFF)
{
    public const byte Command = 0x24;

    public const int Length =
        1 +                         // sensor number
        1 +                         // reserved hysteresis mask, 0xFF
        SensorHysteresis.Length;    // positive-going, negative-going

    public static bool TryParse(ReadOnlySpan<byte> data, out SetSensorHysteresisRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        SensorHysteresis.TryParse(data[2..], out var hysteresis);
        request = new SetSensorHysteresisRequest(data[0], hysteresis, data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        destination[1] = Mask;
        return 2 + Hysteresis.WriteTo(destination[2..]);
    }
}

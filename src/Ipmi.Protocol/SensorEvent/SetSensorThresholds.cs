using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// Set Sensor Thresholds request, IPMI v2.0 §35.8, Table 35-8 (sensor/event netFn, command 0x26): the
/// sensor, the mask of thresholds to set, then six raw thresholds lower non-critical first. The
/// response carries only the completion code.
/// </summary>
public readonly record struct SetSensorThresholdsRequest(byte SensorNumber, Thresholds Set, ThresholdValues Values)
{
    public const byte Command = 0x26;

    public const int Length =
        1 +                       // sensor number
        1 +                       // mask: which thresholds to set
        ThresholdValues.Length;   // LNC, LC, LNR, UNC, UC, UNR

    public static bool TryParse(ReadOnlySpan<byte> data, out SetSensorThresholdsRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new SetSensorThresholdsRequest(
            data[0], (Thresholds)(data[1] & (byte)Thresholds.All), ThresholdValues.ReadLowerFirst(data[2..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        destination[1] = (byte)Set;
        Values.WriteLowerFirst(destination[2..]);
        return Length;
    }
}

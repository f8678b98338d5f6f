using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>Get Sensor Thresholds request, IPMI v2.0 §35.9, Table 35-9 (sensor/event netFn, command 0x27).</summary>
public readonly record struct GetSensorThresholdsRequest(byte SensorNumber)
{
    public const byte Command = 0x27;
    public const int Length = 1; // sensor number

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorThresholdsRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSensorThresholdsRequest(data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        return Length;
    }
}

/// <summary>
/// Get Sensor Thresholds response, IPMI v2.0 §35.9, Table 35-9: the mask of readable thresholds, then
/// the six raw thresholds lower non-critical first (unreadable ones are ignored by the client).
/// </summary>
public readonly record struct GetSensorThresholdsResponse(Thresholds Readable, ThresholdValues Values)
{
    public const int Length =
        1 +                       // readable threshold mask
        ThresholdValues.Length;   // LNC, LC, LNR, UNC, UC, UNR

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorThresholdsResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetSensorThresholdsResponse(
            (Thresholds)(data[0] & (byte)Thresholds.All), ThresholdValues.ReadLowerFirst(data[1..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Readable;
        Values.WriteLowerFirst(destination[1..]);
        return Length;
    }
}

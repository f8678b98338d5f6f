using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>Get Sensor Reading request, IPMI v2.0 §35.14, Table 35-15 (sensor/event netFn, command 0x2D).</summary>
public readonly record struct GetSensorReadingRequest(byte SensorNumber)
{
    public const byte Command = 0x2D;
    public const int Length = 1; // sensor number (0xFF reserved)

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorReadingRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSensorReadingRequest(data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        return Length;
    }
}

/// <summary>
/// Get Sensor Reading response, IPMI v2.0 §35.14, Table 35-15: the reading byte, a status byte and up to
/// two optional state bytes — for threshold sensors byte 4 holds the threshold comparison status
/// (<see cref="Thresholds"/> bit order), for discrete sensors bytes 4-5 hold asserted states 0-14.
/// </summary>
/// <param name="StateByteCount">How many of the optional state bytes are present (0-2).</param>
public readonly record struct GetSensorReadingResponse(
    byte Reading,
    SensorReadingStatus Status,
    ushort States = 0,
    byte StateByteCount = 0)
{
    public int Length =>
        1 + // sensor reading (analog sensors; ignore for discrete)
        1 + // [7] event messages enabled, [6] scanning enabled, [5] reading unavailable
        StateByteCount; // threshold status or discrete states 7:0, then discrete states 14:8

    /// <summary>The threshold comparison status (byte 4, bits 5:0) of a threshold sensor.</summary>
    public Thresholds ThresholdStatus => (Thresholds)(States & (byte)Thresholds.All);

    /// <summary>A threshold sensor's answer: reading, status and the thresholds it is at or beyond.</summary>
    public static GetSensorReadingResponse ForThreshold(byte reading, SensorReadingStatus status, Thresholds crossed) =>
        new(reading, status, (ushort)crossed, 1);

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorReadingResponse response)
    {
        response = default;
        if (data.Length < 2)
            return false;
        var stateBytes = (byte)Math.Min(data.Length - 2, 2);
        var states = (ushort)((stateBytes > 0 ? data[2] : 0) | (stateBytes > 1 ? data[3] << 8 : 0));
        response = new GetSensorReadingResponse(data[0], (SensorReadingStatus)data[1], states, stateBytes);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Reading;
        destination[1] = (byte)Status;
        if (StateByteCount > 0)
            destination[2] = (byte)States;
        if (StateByteCount > 1)
            destination[3] = (byte)(States >> 8);
        return Length;
    }
}

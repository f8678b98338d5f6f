using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// Get Sensor Reading Factors request, IPMI v2.0 §35.5, Table 35-5 (sensor/event netFn, command 0x23):
/// the factors that apply to one raw reading of a non-linear sensor.
/// </summary>
public readonly record struct GetSensorReadingFactorsRequest(byte SensorNumber, byte Reading)
{
    public const byte Command = 0x23;

    public const int Length =
        1 + // sensor number
        1;  // reading byte the factors are wanted for

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorReadingFactorsRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSensorReadingFactorsRequest(data[0], data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SensorNumber;
        destination[1] = Reading;
        return Length;
    }
}

/// <summary>
/// Get Sensor Reading Factors response, IPMI v2.0 §35.5, Table 35-5: the next reading byte whose factors
/// differ, then the factors in the Full SDR byte 25-30 layout.
/// </summary>
public readonly record struct GetSensorReadingFactorsResponse(byte NextReading, SensorReadingFactors Factors)
{
    public const int Length =
        1 +                             // next reading
        SensorReadingFactors.Length;    // M, tolerance, B, accuracy, direction, R and B exponents

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSensorReadingFactorsResponse response)
    {
        response = default;
        if (data.Length < Length || !SensorReadingFactors.TryParse(data[1..], out var factors))
            return false;
        response = new GetSensorReadingFactorsResponse(data[0], factors);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = NextReading;
        return 1 + Factors.WriteTo(destination[1..]);
    }
}

namespace Ipmi.Protocol.Dcmi;

/// <summary>One temperature of Get Temperature Readings: whole degrees Celsius (-127..127) and the entity instance.</summary>
public readonly record struct DcmiTemperature(sbyte Celsius, byte EntityInstance);

/// <summary>
/// Get Temperature Readings response, DCMI v1.5 §6.7.3, Table 6-26: group, total instances of the
/// entity, the number of readings in this response (at most eight), then two bytes per reading:
/// [7] sign (1 = negative) and [6:0] magnitude in °C, then the entity instance. ipmitool 1.8.19
/// `dcmi get_temp_reading` prints them as ±N C. (FreeIPMI 1.6 declares one signed byte per reading
/// in its template but no tool of it reads this command.) The request is a <see cref="DcmiEntityRequest"/>.
/// </summary>
public readonly record struct GetTemperatureReadingsResponse(byte TotalInstances, IReadOnlyList<DcmiTemperature> Readings)
{
    public const int MaxReadingsPerResponse = 8;

    public int Length =>
        1 +                         // group extension ID
        1 +                         // total number of available instances
        1 +                         // number of readings in this response
        2 * Readings.Count;         // sign/magnitude, entity instance

    public static bool TryParse(ReadOnlySpan<byte> data, out GetTemperatureReadingsResponse response)
    {
        response = default;
        if (!DcmiGroup.Starts(data, 3) || data[2] > MaxReadingsPerResponse || data.Length < 3 + 2 * data[2])
            return false;
        var readings = new DcmiTemperature[data[2]];
        for (var i = 0; i < readings.Length; i++)
        {
            var temperature = data[3 + 2 * i];
            var magnitude = temperature & 0x7F;
            readings[i] = new DcmiTemperature((sbyte)((temperature & 0x80) != 0 ? -magnitude : magnitude), data[4 + 2 * i]);
        }
        response = new GetTemperatureReadingsResponse(data[1], readings);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = TotalInstances;
        destination[2] = (byte)Readings.Count;
        for (var i = 0; i < Readings.Count; i++)
        {
            var celsius = Math.Clamp((int)Readings[i].Celsius, -127, 127);
            destination[3 + 2 * i] = (byte)(celsius < 0 ? 0x80 | -celsius : celsius);
            destination[4 + 2 * i] = Readings[i].EntityInstance;
        }
        return Length;
    }

    public bool Equals(GetTemperatureReadingsResponse other) =>
        TotalInstances == other.TotalInstances && (Readings ?? []).SequenceEqual(other.Readings ?? []);

    public override int GetHashCode() => HashCode.Combine(TotalInstances, Readings?.Count);
}

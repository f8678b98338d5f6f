using System.Buffers.Binary;

namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// Get Device SDR Info request, IPMI v2.0 §35.2, Table 35-2 (sensor/event netFn, command 0x20). The
/// optional operation byte ([0] 1 = count SDRs, 0 = count sensors) may be absent: then sensors are counted.
/// </summary>
public readonly record struct GetDeviceSdrInfoRequest(bool? CountSdrs)
{
    public const byte Command = 0x20;

    public int Length => CountSdrs is null ? 0 : 1; // [optional] operation

    public static bool TryParse(ReadOnlySpan<byte> data, out GetDeviceSdrInfoRequest request)
    {
        request = new GetDeviceSdrInfoRequest(data.Length > 0 ? (data[0] & 1) != 0 : null);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        if (CountSdrs is { } sdrs)
            destination[0] = (byte)(sdrs ? 1 : 0);
        return Length;
    }
}

/// <summary>
/// Get Device SDR Info response, IPMI v2.0 §35.2, Table 35-2: the sensor (or SDR) count, flags
/// ([7] dynamic sensor population, [3:0] which LUNs have sensors) and, for a dynamic population, the
/// change indicator (a timestamp or counter, LS byte first).
/// </summary>
public readonly record struct GetDeviceSdrInfoResponse(byte Count, byte Flags, uint? PopulationChangeIndicator = null)
{
    public const byte DynamicPopulation = 0x80;
    public const byte Lun0HasSensors = 0x01;

    public int Length =>
        1 +                                                 // number of sensors / SDRs on this LUN
        1 +                                                 // flags
        (PopulationChangeIndicator is null ? 0 : 4);        // change indicator (dynamic only)

    public static bool TryParse(ReadOnlySpan<byte> data, out GetDeviceSdrInfoResponse response)
    {
        response = default;
        if (data.Length < 2)
            return false;
        response = new GetDeviceSdrInfoResponse(data[0], data[1],
            data.Length >= 6 ? BinaryPrimitives.ReadUInt32LittleEndian(data[2..]) : null);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Count;
        destination[1] = Flags;
        if (PopulationChangeIndicator is { } indicator)
            BinaryPrimitives.WriteUInt32LittleEndian(destination[2..], indicator);
        return Length;
    }
}

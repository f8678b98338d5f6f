using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.Dcmi;

/// <summary>
/// The request of Get DCMI Sensor Info (DCMI v1.5 §6.5.2, Table 6-13, command 0x07) and Get Temperature
/// Readings (§6.7.3, Table 6-26, command 0x10): group, sensor type (0x01 temperature), entity ID
/// (0x40 inlet, 0x41 CPU, 0x42 baseboard; IPMI's 0x37 is accepted for inlet), entity instance
/// (0 = all instances) and the instance to start from when reading all.
/// </summary>
public readonly record struct DcmiEntityRequest(EntityId EntityId, byte EntityInstance = 0, byte StartInstance = 0, SensorType SensorType = SensorType.Temperature)
{
    public const int Length =
        1 + // group extension ID
        1 + // sensor type
        1 + // entity ID
        1 + // entity instance, 0 = all
        1;  // entity instance start

    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiEntityRequest request)
    {
        request = default;
        if (!DcmiGroup.Starts(data, Length))
            return false;
        request = new DcmiEntityRequest((EntityId)data[2], data[3], data[4], (SensorType)data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = (byte)SensorType;
        destination[2] = (byte)EntityId;
        destination[3] = EntityInstance;
        destination[4] = StartInstance;
        return Length;
    }
}

namespace Ipmi.Protocol.Sensors;

/// <summary>
/// The three unit bytes of the Full and Compact sensor records, IPMI v2.0 §43.1, Table 43-1 bytes 21-23
/// (Table 43-2 bytes 21-23): "Sensor Units 1", the base unit and the modifier unit (Table 43-15).
/// </summary>
/// <param name="Format">Byte 21 [7:6]: analog data format.</param>
/// <param name="Rate">Byte 21 [5:3]: 0 none, 1 per µs, 2 per ms, 3 per s, 4 per minute, 5 per hour, 6 per day.</param>
/// <param name="ModifierUsage">Byte 21 [2:1]: 0 none, 1 base/modifier, 2 base·modifier.</param>
/// <param name="Percentage">Byte 21 [0]: the reading is a percentage.</param>
public readonly record struct SensorUnits(
    AnalogDataFormat Format,
    SensorUnit Base,
    SensorUnit Modifier = SensorUnit.Unspecified,
    byte Rate = 0,
    byte ModifierUsage = 0,
    bool Percentage = false)
{
    public const int Length =
        1 + // units 1: format, rate, modifier usage, percentage
        1 + // base unit
        1;  // modifier unit

    public static SensorUnits Read(ReadOnlySpan<byte> source) => new(
        (AnalogDataFormat)(source[0] >> 6), (SensorUnit)source[1], (SensorUnit)source[2],
        Rate: (byte)((source[0] >> 3) & 0x07), ModifierUsage: (byte)((source[0] >> 1) & 0x03), Percentage: (source[0] & 1) != 0);

    public void Write(Span<byte> destination)
    {
        destination[0] = (byte)((byte)Format << 6 | (Rate & 0x07) << 3 | (ModifierUsage & 0x03) << 1 | (Percentage ? 1 : 0));
        destination[1] = (byte)Base;
        destination[2] = (byte)Modifier;
    }
}

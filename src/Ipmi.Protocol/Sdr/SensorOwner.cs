namespace Ipmi.Protocol.Sdr;

/// <summary>
/// The sensor key bytes of Full and Compact sensor records, IPMI v2.0 §43.1, Table 43-1 bytes 6-8:
/// owner ID ([7:1] IPMB slave address or system software ID, [0] 1 = software ID), owner LUN
/// ([7:4] channel, [1:0] LUN) and sensor number.
/// </summary>
public readonly record struct SensorOwner(byte OwnerId, byte Channel, byte Lun, byte SensorNumber)
{
    /// <summary>The BMC's own address, 0x20.</summary>
    public const byte Bmc = 0x20;

    public const int Length =
        1 + // owner ID
        1 + // [7:4] channel, [3:2] reserved, [1:0] owner LUN
        1;  // sensor number

    public static SensorOwner Read(ReadOnlySpan<byte> source) =>
        new(source[0], (byte)(source[1] >> 4), (byte)(source[1] & 0x03), source[2]);

    public void Write(Span<byte> destination)
    {
        destination[0] = OwnerId;
        destination[1] = (byte)((Channel & 0x0F) << 4 | Lun & 0x03);
        destination[2] = SensorNumber;
    }
}

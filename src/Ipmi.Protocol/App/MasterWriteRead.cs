namespace Ipmi.Protocol.App;

/// <summary>
/// Master Write-Read request, IPMI v2.0 §22.11, Table 22-14 (App netFn, command 0x52): bus ID ([7:4]
/// channel, [3:1] bus ID, [0] 1 = private bus), the 8-bit slave address ([7:1]), the read count, then the
/// bytes to write. The response is the bytes read. ipmitool 1.8.19 `i2c bus=1 0xa0 8 0x00` sends
/// 03 A0 08 00 (lib/ipmi_raw.c: bus = (n &amp; 7) &lt;&lt; 1 | 1). Completion codes 0x81 lost arbitration,
/// 0x82 bus error, 0x83 NAK on write, 0x84 truncated read.
/// </summary>
public readonly record struct MasterWriteReadRequest(byte Channel, byte BusId, bool PrivateBus, byte SlaveAddress, byte ReadCount, ReadOnlyMemory<byte> WriteData)
{
    public const byte Command = 0x52;
    public const byte LostArbitration = 0x81;
    public const byte BusError = 0x82;
    public const byte NakOnWrite = 0x83;
    public const byte TruncatedRead = 0x84;

    public int Length =>
        1 +                 // [7:4] channel, [3:1] bus ID, [0] bus type
        1 +                 // [7:1] slave address
        1 +                 // read count
        WriteData.Length;   // data to write

    /// <summary>The 7-bit address.</summary>
    public int Address7 => SlaveAddress >> 1;

    /// <summary>Parses the request; the write data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out MasterWriteReadRequest request)
    {
        request = default;
        if (data.Length < 3)
            return false;
        request = new MasterWriteReadRequest(
            (byte)(data[0] >> 4), (byte)((data[0] >> 1) & 0x07), (data[0] & 1) != 0, (byte)(data[1] & 0xFE), data[2], data[3..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((Channel & 0x0F) << 4 | (BusId & 0x07) << 1 | (PrivateBus ? 1 : 0));
        destination[1] = SlaveAddress;
        destination[2] = ReadCount;
        WriteData.Span.CopyTo(destination[3..]);
        return Length;
    }
}

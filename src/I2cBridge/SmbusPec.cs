namespace I2cBridge;

/// <summary>
/// SMBus Packet Error Code: CRC-8, polynomial x^8 + x^2 + x + 1 (0x07), initial value 0, over every byte of the
/// transaction including the address bytes (SMBus 3.1 §6.4). Usable over raw I2C when the adapter does not add
/// PEC itself, and by simulated devices.
/// </summary>
public static class SmbusPec
{
    private static readonly byte[] Table = BuildTable();

    /// <summary>Continues a CRC-8 over <paramref name="bytes"/> starting from <paramref name="crc"/>.</summary>
    public static byte Update(byte crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            crc = Table[crc ^ b];
        return crc;
    }

    public static byte Compute(ReadOnlySpan<byte> bytes) => Update(0, bytes);

    /// <summary>PEC of a write transaction: address+W then the written bytes (command, count, data).</summary>
    public static byte ForWrite(int deviceAddress, ReadOnlySpan<byte> written)
        => Update(Update(0, [I2cAddress.WireByte(deviceAddress, read: false)]), written);

    /// <summary>PEC of a combined transaction: address+W, written bytes, address+R (repeated start), read bytes.</summary>
    public static byte ForWriteRead(int deviceAddress, ReadOnlySpan<byte> written, ReadOnlySpan<byte> read)
    {
        var crc = ForWrite(deviceAddress, written);
        crc = Update(crc, [I2cAddress.WireByte(deviceAddress, read: true)]);
        return Update(crc, read);
    }

    private static byte[] BuildTable()
    {
        var table = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            var c = (byte)i;
            for (var bit = 0; bit < 8; bit++)
                c = (byte)((c & 0x80) != 0 ? (c << 1) ^ 0x07 : c << 1);
            table[i] = c;
        }
        return table;
    }
}

namespace I2cBridge;

/// <summary>7-bit I2C target addresses (I2C-bus specification UM10204 §3.1.10).</summary>
public static class I2cAddress
{
    /// <summary>Highest 7-bit address.</summary>
    public const int Max = 0x7F;

    /// <summary>Throws when <paramref name="deviceAddress"/> is not a 7-bit address (an 8-bit "write address" such as 0x90 is rejected).</summary>
    public static void Validate(int deviceAddress, string paramName = "deviceAddress")
    {
        if ((uint)deviceAddress > Max)
            ThrowHelper.ThrowArgumentOutOfRange(paramName, deviceAddress, "An I2C address is 7 bits (0x00-0x7F); shift 8-bit addresses right by one.");
    }

    /// <summary>The address byte sent on the wire: the address shifted left with the R/W bit (1 = read).</summary>
    public static byte WireByte(int deviceAddress, bool read) => (byte)((deviceAddress << 1) | (read ? 1 : 0));
}

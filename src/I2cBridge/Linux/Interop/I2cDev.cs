namespace I2cBridge.Linux.Interop;

/// <summary>Constants of the i2c-dev interface: Linux include/uapi/linux/i2c-dev.h and i2c.h.</summary>
internal static class I2cDev
{
    // ioctl commands (i2c-dev.h)
    public const nuint I2C_RETRIES = 0x0701;
    public const nuint I2C_TIMEOUT = 0x0702;   // units of 10 ms
    public const nuint I2C_SLAVE = 0x0703;
    public const nuint I2C_SLAVE_FORCE = 0x0706;
    public const nuint I2C_FUNCS = 0x0705;
    public const nuint I2C_PEC = 0x0708;
    public const nuint I2C_SMBUS = 0x0720;

    /// <summary>i2c-dev refuses longer messages in I2C_RDWR (drivers/i2c/i2c-dev.c, i2cdev_ioctl_rdwr).</summary>
    public const int MaxMessageLength = 8192;

    // i2c_smbus_ioctl_data.read_write (i2c.h)
    public const byte I2C_SMBUS_READ = 1;
    public const byte I2C_SMBUS_WRITE = 0;
}

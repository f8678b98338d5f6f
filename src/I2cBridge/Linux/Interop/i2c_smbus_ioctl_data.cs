using System.Runtime.InteropServices;

namespace I2cBridge.Linux.Interop;

/// <summary>struct i2c_smbus_ioctl_data (include/uapi/linux/i2c-dev.h), the I2C_SMBUS argument. 16 bytes on 64-bit.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct i2c_smbus_ioctl_data
{
    public byte read_write;
    public byte command;
    public uint size;
    public i2c_smbus_data* data;
}

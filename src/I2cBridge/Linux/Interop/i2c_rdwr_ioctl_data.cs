using System.Runtime.InteropServices;

namespace I2cBridge.Linux.Interop;

/// <summary>struct i2c_rdwr_ioctl_data (include/uapi/linux/i2c-dev.h), the I2C_RDWR argument. 16 bytes on 64-bit.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct i2c_rdwr_ioctl_data
{
    public i2c_msg* msgs;
    public uint nmsgs;
}

using System.Runtime.InteropServices;

namespace I2cBridge.Linux.Interop;

/// <summary>struct i2c_msg (include/uapi/linux/i2c.h): one segment of a combined transfer. 16 bytes on 64-bit.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct i2c_msg
{
    public ushort addr;
    public ushort flags;
    public ushort len;
    public byte* buf;
}

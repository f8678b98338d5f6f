using System.Runtime.InteropServices;

namespace I2cBridge.Linux.Interop;

/// <summary>
/// union i2c_smbus_data (include/uapi/linux/i2c.h): a byte, a host-order word, or a block whose first byte is
/// the length (I2C_SMBUS_BLOCK_MAX + 2 = 34 bytes).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 34)]
internal unsafe struct i2c_smbus_data
{
    public const int BlockSize = 34;

    [FieldOffset(0)]
    public byte @byte;

    [FieldOffset(0)]
    public ushort word;

    [FieldOffset(0)]
    public fixed byte block[BlockSize];
}

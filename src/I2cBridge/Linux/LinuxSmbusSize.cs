namespace I2cBridge.Linux;

/// <summary>SMBus transaction types, the <c>size</c> field of i2c_smbus_ioctl_data (include/uapi/linux/i2c.h, I2C_SMBUS_*).</summary>
public enum LinuxSmbusSize : uint
{
    Quick = 0,
    Byte = 1,
    ByteData = 2,
    WordData = 3,
    ProcCall = 4,
    BlockData = 5,
    BlockProcCall = 7,
    I2cBlockData = 8,
}

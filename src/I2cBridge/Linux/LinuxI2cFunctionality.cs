namespace I2cBridge.Linux;

/// <summary>The adapter functionality mask returned by I2C_FUNCS (include/uapi/linux/i2c.h, I2C_FUNC_*).</summary>
[Flags]
public enum LinuxI2cFunctionality : uint
{
    None = 0,
    I2c = 0x00000001,
    TenBitAddress = 0x00000002,
    ProtocolMangling = 0x00000004,
    SmbusPec = 0x00000008,
    NoStart = 0x00000010,
    Slave = 0x00000020,
    SmbusBlockProcCall = 0x00008000,
    SmbusQuick = 0x00010000,
    SmbusReadByte = 0x00020000,
    SmbusWriteByte = 0x00040000,
    SmbusReadByteData = 0x00080000,
    SmbusWriteByteData = 0x00100000,
    SmbusReadWordData = 0x00200000,
    SmbusWriteWordData = 0x00400000,
    SmbusProcCall = 0x00800000,
    SmbusReadBlockData = 0x01000000,
    SmbusWriteBlockData = 0x02000000,
    SmbusReadI2cBlock = 0x04000000,
    SmbusWriteI2cBlock = 0x08000000,
    SmbusHostNotify = 0x10000000,
}

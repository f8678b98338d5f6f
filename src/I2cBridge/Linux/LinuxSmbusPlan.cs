namespace I2cBridge.Linux;

/// <summary>
/// How a raw write/read pattern is carried by one SMBus transaction on an adapter without I2C_FUNC_I2C.
/// The first written byte, when there is one, becomes the SMBus command code.
/// </summary>
public readonly record struct LinuxSmbusPlan(bool Read, LinuxSmbusSize Size, LinuxI2cFunctionality Requires)
{
    /// <summary>
    /// Picks the SMBus operation for <paramref name="writeLength"/> bytes written then <paramref name="readLength"/>
    /// bytes read: quick, byte, byte data, word data, then I2C block data (SMBus 3.1 §6.5; I2C block is the Linux
    /// extension with a command byte and no count). False when SMBus cannot express the pattern on this adapter.
    /// </summary>
    public static bool TryCreate(int writeLength, int readLength, LinuxI2cFunctionality available, out LinuxSmbusPlan plan)
    {
        Span<LinuxSmbusPlan> candidates = stackalloc LinuxSmbusPlan[2];
        var count = (writeLength, readLength) switch
        {
            (0, 0) => One(candidates, new(false, LinuxSmbusSize.Quick, LinuxI2cFunctionality.SmbusQuick)),
            (0, 1) => One(candidates, new(true, LinuxSmbusSize.Byte, LinuxI2cFunctionality.SmbusReadByte)),
            (1, 0) => One(candidates, new(false, LinuxSmbusSize.Byte, LinuxI2cFunctionality.SmbusWriteByte)),
            (2, 0) => Two(candidates,
                new(false, LinuxSmbusSize.ByteData, LinuxI2cFunctionality.SmbusWriteByteData),
                new(false, LinuxSmbusSize.I2cBlockData, LinuxI2cFunctionality.SmbusWriteI2cBlock)),
            (3, 0) => Two(candidates,
                new(false, LinuxSmbusSize.WordData, LinuxI2cFunctionality.SmbusWriteWordData),
                new(false, LinuxSmbusSize.I2cBlockData, LinuxI2cFunctionality.SmbusWriteI2cBlock)),
            ( > 3 and <= I2cBus.SmbusBlockMax + 1, 0) => One(candidates,
                new(false, LinuxSmbusSize.I2cBlockData, LinuxI2cFunctionality.SmbusWriteI2cBlock)),
            (1, 1) => Two(candidates,
                new(true, LinuxSmbusSize.ByteData, LinuxI2cFunctionality.SmbusReadByteData),
                new(true, LinuxSmbusSize.I2cBlockData, LinuxI2cFunctionality.SmbusReadI2cBlock)),
            (1, 2) => Two(candidates,
                new(true, LinuxSmbusSize.WordData, LinuxI2cFunctionality.SmbusReadWordData),
                new(true, LinuxSmbusSize.I2cBlockData, LinuxI2cFunctionality.SmbusReadI2cBlock)),
            (1, > 2 and <= I2cBus.SmbusBlockMax) => One(candidates,
                new(true, LinuxSmbusSize.I2cBlockData, LinuxI2cFunctionality.SmbusReadI2cBlock)),
            _ => 0,
        };

        foreach (var candidate in candidates[..count])
        {
            if ((available & candidate.Requires) == candidate.Requires)
            {
                plan = candidate;
                return true;
            }
        }

        plan = default;
        return false;
    }

    private static int One(Span<LinuxSmbusPlan> into, LinuxSmbusPlan a)
    {
        into[0] = a;
        return 1;
    }

    private static int Two(Span<LinuxSmbusPlan> into, LinuxSmbusPlan a, LinuxSmbusPlan b)
    {
        into[0] = a;
        into[1] = b;
        return 2;
    }
}

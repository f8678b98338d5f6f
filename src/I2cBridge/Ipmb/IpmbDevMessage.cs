namespace I2cBridge.Ipmb;

/// <summary>
/// The record format of the Linux ipmb_dev_int character device /dev/ipmb-N (drivers/char/ipmi/ipmb_dev_int.c,
/// struct ipmb_msg): one length byte, then the IPMB frame including its first (slave address) byte.
/// On read the driver prepends our own 8-bit address, since the adapter does not pass it on; on write it sends
/// the bytes after the address to that address. The length counts the bytes after itself.
/// </summary>
public static class IpmbDevMessage
{
    /// <summary>MAX_MSG_LEN of the driver: the whole record, length byte included.</summary>
    public const int MaxLength = 128;

    public static int Length(int frameLength) => sizeof(byte) + frameLength;

    public static int WriteTo(ReadOnlySpan<byte> frame, Span<byte> destination)
    {
        if (frame.Length + 1 > MaxLength)
            ThrowHelper.ThrowArgument(nameof(frame), $"ipmb_dev_int records are at most {MaxLength} bytes.");
        destination[0] = (byte)frame.Length;
        frame.CopyTo(destination[1..]);
        return frame.Length + 1;
    }

    /// <summary>The frame inside one record read from the device; false when the length byte disagrees with the record.</summary>
    public static bool TryParse(ReadOnlySpan<byte> record, out ReadOnlySpan<byte> frame)
    {
        frame = default;
        if (record.IsEmpty || record[0] + 1 > record.Length || record[0] < IpmbFrame.MinLength)
            return false;
        frame = record.Slice(1, record[0]);
        return true;
    }
}

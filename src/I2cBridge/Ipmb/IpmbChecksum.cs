namespace I2cBridge.Ipmb;

/// <summary>
/// The IPMB 2's-complement checksum (IPMB v1.0 §2.11): covered bytes plus checksum sum to zero modulo 256.
/// Kept here so I2cBridge depends on nothing else.
/// </summary>
public static class IpmbChecksum
{
    public static byte Compute(ReadOnlySpan<byte> bytes)
    {
        byte sum = 0;
        foreach (var b in bytes)
            sum += b;
        return (byte)-sum;
    }

    public static bool IsValid(ReadOnlySpan<byte> bytesWithChecksum)
    {
        byte sum = 0;
        foreach (var b in bytesWithChecksum)
            sum += b;
        return sum == 0;
    }
}

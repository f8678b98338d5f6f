namespace Ipmi.Protocol.Messages;

/// <summary>
/// The 8-bit two's-complement checksum of IPMI messages (IPMI v2.0 §13.8): the bytes it covers plus
/// the checksum sum to zero modulo 256.
/// </summary>
public static class Checksum
{
    public static byte Compute(ReadOnlySpan<byte> bytes)
    {
        byte sum = 0;
        foreach (var b in bytes)
            sum += b;
        return (byte)-sum;
    }

    /// <summary>True when <paramref name="bytesWithChecksum"/> (covered bytes followed by their checksum) sums to zero.</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytesWithChecksum)
    {
        byte sum = 0;
        foreach (var b in bytesWithChecksum)
            sum += b;
        return sum == 0;
    }
}

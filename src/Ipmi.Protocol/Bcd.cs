namespace Ipmi.Protocol;

/// <summary>Two-digit packed BCD, used for firmware minor revisions (IPMI v2.0 §20.1) and version fields.</summary>
public static class Bcd
{
    public static byte Encode(byte value) => (byte)(((value / 10) % 10) << 4 | value % 10);

    public static bool TryDecode(byte bcd, out byte value)
    {
        int high = bcd >> 4, low = bcd & 0x0F;
        value = (byte)(high * 10 + low);
        return high <= 9 && low <= 9;
    }
}

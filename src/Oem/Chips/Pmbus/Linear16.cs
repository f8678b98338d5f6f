namespace Oem.Chips.Pmbus;

/// <summary>
/// The PMBus LINEAR16 format of output voltages (PMBus 1.3 Part II §8.3.1): an unsigned 16-bit mantissa V with the
/// exponent N taken from VOUT_MODE bits 4:0 (signed 5 bits); the value is V × 2^N.
/// </summary>
public static class Linear16
{
    /// <summary>VOUT_MODE bits 7:5 for the linear format.</summary>
    public const byte LinearMode = 0b000;

    public static bool TryGetExponent(byte voutMode, out int exponent)
    {
        exponent = (sbyte)(voutMode << 3) >> 3;
        return voutMode >> 5 == LinearMode;
    }

    public static double Decode(ushort mantissa, int exponent) => mantissa * Math.Pow(2, exponent);

    public static ushort Encode(double value, int exponent)
    {
        var mantissa = Math.Round(value / Math.Pow(2, exponent));
        if (mantissa is < 0 or > ushort.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Beyond the LINEAR16 range with exponent {exponent}.");
        return (ushort)mantissa;
    }

    public static byte VoutMode(int exponent) => (byte)((LinearMode << 5) | (exponent & 0x1F));
}

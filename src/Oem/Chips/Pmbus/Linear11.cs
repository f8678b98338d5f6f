namespace Oem.Chips.Pmbus;

/// <summary>
/// The PMBus LINEAR11 format (PMBus 1.3 Part II §7.3): a 16-bit word whose bits 15:11 are a signed exponent N and
/// bits 10:0 a signed mantissa Y; the value is Y × 2^N.
/// </summary>
public static class Linear11
{
    public static double Decode(ushort word)
    {
        var exponent = (short)word >> 11;          // arithmetic shift keeps the sign of bit 15
        var mantissa = (short)(word << 5) >> 5;    // sign-extend bit 10
        return mantissa * Math.Pow(2, exponent);
    }

    /// <summary>The word with the smallest exponent whose mantissa still fits 11 bits (the most precise encoding).</summary>
    public static ushort Encode(double value)
    {
        for (var exponent = -16; exponent <= 15; exponent++)
        {
            var mantissa = Math.Round(value / Math.Pow(2, exponent));
            if (mantissa is >= -1024 and <= 1023)
                return (ushort)((exponent << 11) | ((int)mantissa & 0x7FF));
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, "Beyond the LINEAR11 range.");
    }
}

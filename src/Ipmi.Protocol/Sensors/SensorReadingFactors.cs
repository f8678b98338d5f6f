namespace Ipmi.Protocol.Sensors;

/// <summary>
/// The conversion factors of an analog sensor, IPMI v2.0 §43.1, Table 43-1 bytes 25-30 (the same six
/// bytes close the Get Sensor Reading Factors response, §35.5). The linear part of the §36.3 formula
/// is <c>(M·x + B·10^BExponent) · 10^ResultExponent</c>.
/// </summary>
/// <param name="M">10-bit two's complement multiplier (-512..511).</param>
/// <param name="Tolerance">6-bit tolerance in ±½ raw counts.</param>
/// <param name="B">10-bit two's complement offset (-512..511).</param>
/// <param name="Accuracy">10-bit unsigned accuracy in 1/100 percent, scaled by 10^AccuracyExponent.</param>
/// <param name="AccuracyExponent">2-bit unsigned.</param>
/// <param name="ResultExponent">"R (result) exponent", 4-bit two's complement (-8..7).</param>
/// <param name="BExponent">"B exponent" (K1), 4-bit two's complement (-8..7).</param>
public readonly record struct SensorReadingFactors(
    short M,
    byte Tolerance,
    short B,
    ushort Accuracy,
    byte AccuracyExponent,
    SensorDirection Direction,
    sbyte ResultExponent,
    sbyte BExponent)
{
    public const int Length =
        1 + // M, LS 8 bits
        1 + // [7:6] M MS 2 bits, [5:0] tolerance
        1 + // B, LS 8 bits
        1 + // [7:6] B MS 2 bits, [5:0] accuracy LS 6 bits
        1 + // [7:4] accuracy MS 4 bits, [3:2] accuracy exponent, [1:0] sensor direction
        1;  // [7:4] R exponent, [3:0] B exponent

    /// <summary>The value of one raw count before linearization: |M|·10^R.</summary>
    public double Step => PowerOfTen.Scale(Math.Abs(M), ResultExponent);

    public static bool TryParse(ReadOnlySpan<byte> data, out SensorReadingFactors factors)
    {
        factors = default;
        if (data.Length < Length)
            return false;
        factors = new SensorReadingFactors(
            M: SignExtend(data[0] | (data[1] & 0xC0) << 2, 10),
            Tolerance: (byte)(data[1] & 0x3F),
            B: SignExtend(data[2] | (data[3] & 0xC0) << 2, 10),
            Accuracy: (ushort)((data[3] & 0x3F) | (data[4] & 0xF0) << 2),
            AccuracyExponent: (byte)((data[4] >> 2) & 0x03),
            Direction: (SensorDirection)(data[4] & 0x03),
            ResultExponent: (sbyte)SignExtend(data[5] >> 4, 4),
            BExponent: (sbyte)SignExtend(data[5] & 0x0F, 4));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)M;
        destination[1] = (byte)((M >> 2) & 0xC0 | Tolerance & 0x3F);
        destination[2] = (byte)B;
        destination[3] = (byte)((B >> 2) & 0xC0 | Accuracy & 0x3F);
        destination[4] = (byte)((Accuracy >> 2) & 0xF0 | (AccuracyExponent & 0x03) << 2 | (byte)Direction & 0x03);
        destination[5] = (byte)((ResultExponent & 0x0F) << 4 | BExponent & 0x0F);
        return Length;
    }

    /// <summary>The linear part of the §36.3 formula for a signed raw count.</summary>
    public double ToLinear(int x) =>
        PowerOfTen.Scale(M * (double)x + PowerOfTen.Scale(B, BExponent), ResultExponent);

    /// <summary>The raw count (unrounded) whose linear value is <paramref name="linear"/>.</summary>
    public double FromLinear(double linear) =>
        (PowerOfTen.Scale(linear, -ResultExponent) - PowerOfTen.Scale(B, BExponent)) / M;

    private static short SignExtend(int value, int bits)
    {
        var shift = 32 - bits;
        return (short)((value << shift) >> shift);
    }
}

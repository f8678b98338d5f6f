namespace Ipmi.Protocol.Sensors;

public readonly partial record struct SensorConversion
{
    private const int MaxFactor = 511;          // 10-bit two's complement M and B
    private const int MinExponent = -8, MaxExponent = 7; // 4-bit two's complement R and B exponents
    private const int MaxAttempts = 512;

    /// <summary>
    /// Chooses linear factors that cover [<paramref name="minimum"/>, <paramref name="maximum"/>] in one
    /// reading byte with a step as close to <paramref name="resolution"/> as the byte allows (coarser
    /// when the range needs more than 256 steps), so any value in range converts to raw and back
    /// within half a step. Two's complement is used when the range goes below zero. B has only 10 bits,
    /// so a narrow range far from zero may get a coarser step to fit a representable offset.
    /// Examples: 0..127 °C at 1 → M=1, R=0; 0..20 V at 0.1 → M=1, R=-1; 0..2000 W at 10 → M=1, R=1.
    /// </summary>
    public static SensorConversion Choose(double minimum, double maximum, double resolution)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || maximum <= minimum)
            throw new ArgumentOutOfRangeException(nameof(maximum), "The range must be finite with maximum > minimum.");
        if (!double.IsFinite(resolution) || resolution <= 0)
            throw new ArgumentOutOfRangeException(nameof(resolution), "The resolution must be positive.");

        var format = minimum < 0 ? AnalogDataFormat.TwosComplement : AnalogDataFormat.Unsigned;
        var (rawMin, rawMax) = format == AnalogDataFormat.Unsigned ? (0, 255) : (-128, 127);
        var step = Math.Max(resolution, (maximum - minimum) / (rawMax - rawMin));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!TryStepFactors(step, out var m, out var r))
                break;
            var actualStep = PowerOfTen.Scale(m, r);
            // Any offset in [maximum - rawMax·step, minimum - rawMin·step] covers the range; 0 when it can.
            var lowest = PowerOfTen.Scale(maximum - rawMax * actualStep, -r);
            var highest = PowerOfTen.Scale(minimum - rawMin * actualStep, -r);
            if (TryOffsetFactors(lowest, highest, out var b, out var bExponent))
            {
                var conversion = new SensorConversion(
                    new SensorReadingFactors((short)m, 0, (short)b, 0, 0, SensorDirection.Unspecified, (sbyte)r, (sbyte)bExponent),
                    format);
                if (Covers(conversion, minimum, maximum))
                    return conversion;
            }
            step = actualStep * (1 + 1e-9); // the next representable step up, then try again
        }
        throw new ArgumentOutOfRangeException(nameof(maximum), $"No IPMI factors cover {minimum}..{maximum} at {resolution}.");
    }

    /// <summary>The smallest M·10^R (M in 1..511) at or above <paramref name="step"/>; ties go to the smaller M.</summary>
    private static bool TryStepFactors(double step, out int m, out int r)
    {
        (m, r) = (0, 0);
        var best = double.PositiveInfinity;
        for (var exponent = MaxExponent; exponent >= MinExponent; exponent--)
        {
            var candidate = Math.Ceiling(PowerOfTen.Scale(step, -exponent) * (1 - 1e-12));
            if (candidate is < 1 or > MaxFactor)
                continue;
            var value = PowerOfTen.Scale(candidate, exponent);
            if (value < best * (1 - 1e-12))
                (best, m, r) = (value, (int)candidate, exponent);
        }
        return m != 0;
    }

    /// <summary>
    /// An offset B·10^K1 (B in -512..511) within [<paramref name="lowest"/>, <paramref name="highest"/>]
    /// (in units of 10^R): zero when the window holds it, else the one with the largest exponent.
    /// </summary>
    private static bool TryOffsetFactors(double lowest, double highest, out int b, out int exponent)
    {
        (b, exponent) = (0, 0);
        if (lowest <= 0 && highest >= 0)
            return true;
        for (var k = MaxExponent; k >= MinExponent; k--)
        {
            var scaled = PowerOfTen.Scale(highest, -k);
            var candidate = Math.Floor(scaled + Math.Abs(scaled) * 1e-12);
            if (candidate is < -MaxFactor - 1 or > MaxFactor || PowerOfTen.Scale(candidate, k) < lowest)
                continue;
            (b, exponent) = ((int)candidate, k);
            return true;
        }
        return false;
    }

    private static bool Covers(SensorConversion conversion, double minimum, double maximum)
    {
        var (rawMin, rawMax) = conversion.RawRange;
        var slack = conversion.Resolution * 1e-9;
        return conversion.Factors.ToLinear(rawMin) <= minimum + slack
            && conversion.Factors.ToLinear(rawMax) >= maximum - slack;
    }
}

namespace Ipmi.Protocol.Sensors;

/// <summary>
/// Converts between a raw analog reading byte and its value in the sensor's units, IPMI v2.0 §36.3:
/// <c>y = L[(M·x + B·10^K1) · 10^K2]</c>, with x the raw byte read as <see cref="Format"/>
/// (§43.1, Table 43-1 byte 21 bits 7:6) and L the <see cref="Linearization"/> (byte 24).
/// </summary>
public readonly partial record struct SensorConversion(
    SensorReadingFactors Factors,
    AnalogDataFormat Format,
    Linearization Linearization = Linearization.Linear)
{
    /// <summary>The value of one raw count before linearization (the sensor's resolution when linear).</summary>
    public double Resolution => Factors.Step;

    /// <summary>Smallest and largest signed raw count of <see cref="Format"/>.</summary>
    public (int Minimum, int Maximum) RawRange => Format switch
    {
        AnalogDataFormat.Unsigned => (0, 255),
        AnalogDataFormat.OnesComplement => (-127, 127),
        AnalogDataFormat.TwosComplement => (-128, 127),
        _ => throw NoAnalogReading(),
    };

    public double ToValue(byte raw) => Linearize(Factors.ToLinear(Decode(raw)));

    /// <summary>The raw byte whose value is nearest <paramref name="value"/>, clamped to the format's range.</summary>
    public byte ToRaw(double value)
    {
        if (Factors.M == 0)
            throw new InvalidOperationException("Sensor factor M is 0: the reading cannot be inverted.");
        var (minimum, maximum) = RawRange;
        var x = Factors.FromLinear(Delinearize(value));
        var rounded = double.IsNaN(x) ? minimum : Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), minimum, maximum);
        return Encode((int)rounded);
    }

    /// <summary>The signed raw count a reading byte stands for.</summary>
    public int Decode(byte raw) => Format switch
    {
        AnalogDataFormat.Unsigned => raw,
        AnalogDataFormat.OnesComplement => (raw & 0x80) != 0 ? -(~raw & 0x7F) : raw,
        AnalogDataFormat.TwosComplement => (sbyte)raw,
        _ => throw NoAnalogReading(),
    };

    /// <summary>The reading byte for a signed raw count already within <see cref="RawRange"/>.</summary>
    public byte Encode(int x) => Format switch
    {
        AnalogDataFormat.OnesComplement when x < 0 => (byte)~-x,
        AnalogDataFormat.None => throw NoAnalogReading(),
        _ => (byte)x,
    };

    private double Linearize(double v) => Linearization switch
    {
        Linearization.Linear => v,
        Linearization.Ln => Math.Log(v),
        Linearization.Log10 => Math.Log10(v),
        Linearization.Log2 => Math.Log2(v),
        Linearization.E => Math.Exp(v),
        Linearization.Exp10 => Math.Pow(10, v),
        Linearization.Exp2 => Math.Pow(2, v),
        Linearization.OneOverX => 1 / v,
        Linearization.Sqr => v * v,
        Linearization.Cube => v * v * v,
        Linearization.Sqrt => Math.Sqrt(v),
        Linearization.CubeRoot => Math.Cbrt(v),
        >= Linearization.NonLinear and <= (Linearization)0x7F => v,
        _ => throw new InvalidOperationException($"Reserved linearization 0x{(byte)Linearization:X2}."),
    };

    private double Delinearize(double y) => Linearization switch
    {
        Linearization.Linear => y,
        Linearization.Ln => Math.Exp(y),
        Linearization.Log10 => Math.Pow(10, y),
        Linearization.Log2 => Math.Pow(2, y),
        Linearization.E => Math.Log(y),
        Linearization.Exp10 => Math.Log10(y),
        Linearization.Exp2 => Math.Log2(y),
        Linearization.OneOverX => 1 / y,
        Linearization.Sqr => Math.Sqrt(y),
        Linearization.Cube => Math.Cbrt(y),
        Linearization.Sqrt => y * y,
        Linearization.CubeRoot => y * y * y,
        >= Linearization.NonLinear and <= (Linearization)0x7F => y,
        _ => throw new InvalidOperationException($"Reserved linearization 0x{(byte)Linearization:X2}."),
    };

    private static InvalidOperationException NoAnalogReading() =>
        new("The sensor's analog data format is 'no analog reading'.");
}

using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Sensors;

public class SensorConversionTests
{
    private static SensorConversion Linear(short m, short b = 0, sbyte r = 0, sbyte bExp = 0,
        AnalogDataFormat format = AnalogDataFormat.Unsigned, Linearization linearization = Linearization.Linear) =>
        new(new SensorReadingFactors(m, 0, b, 0, 0, SensorDirection.Unspecified, r, bExp), format, linearization);

    [Test, Description("ipmi-rs decodes the Dell R630 Fan2A reading 0x2C as 5280 RPM")]
    public void ToValue_dell_fan_is_5280_rpm()
    {
        SensorReadingFactors.TryParse(Hex.Bytes(DellR630.Fan2AFactors), out var factors);
        Assert.That(new SensorConversion(factors, AnalogDataFormat.Unsigned).ToValue(0x2C), Is.EqualTo(5280.0));
    }

    [Test, Description("ipmi-rs decodes the Dell R630 Inlet Temp reading 0x99 as 25 °C (B = -128)")]
    public void ToValue_dell_inlet_is_25_celsius()
    {
        SensorReadingFactors.TryParse(Hex.Bytes(DellR630.InletTempFactors), out var factors);
        var conversion = new SensorConversion(factors, AnalogDataFormat.Unsigned);
        Assert.That(conversion.ToValue(0x99), Is.EqualTo(25.0));
        Assert.That(conversion.ToValue(0xAF), Is.EqualTo(47.0), "upper critical threshold byte");
        Assert.That(conversion.ToRaw(25.0), Is.EqualTo((byte)0x99));
    }

    [TestCase(AnalogDataFormat.Unsigned, (byte)0xFF, 255)]
    [TestCase(AnalogDataFormat.Unsigned, (byte)0x80, 128)]
    [TestCase(AnalogDataFormat.OnesComplement, (byte)0xFF, 0)]
    [TestCase(AnalogDataFormat.OnesComplement, (byte)0xFE, -1)]
    [TestCase(AnalogDataFormat.OnesComplement, (byte)0x80, -127)]
    [TestCase(AnalogDataFormat.OnesComplement, (byte)0x7F, 127)]
    [TestCase(AnalogDataFormat.TwosComplement, (byte)0xFF, -1)]
    [TestCase(AnalogDataFormat.TwosComplement, (byte)0x80, -128)]
    [TestCase(AnalogDataFormat.TwosComplement, (byte)0x7F, 127)]
    public void Decode_reads_raw_byte_per_format(AnalogDataFormat format, byte raw, int expected) =>
        Assert.That(Linear(1, format: format).Decode(raw), Is.EqualTo(expected));

    [TestCase(AnalogDataFormat.OnesComplement, -1, (byte)0xFE)]
    [TestCase(AnalogDataFormat.OnesComplement, -127, (byte)0x80)]
    [TestCase(AnalogDataFormat.TwosComplement, -1, (byte)0xFF)]
    [TestCase(AnalogDataFormat.TwosComplement, -128, (byte)0x80)]
    [TestCase(AnalogDataFormat.Unsigned, 200, (byte)200)]
    public void Encode_writes_raw_byte_per_format(AnalogDataFormat format, int x, byte expected) =>
        Assert.That(Linear(1, format: format).Encode(x), Is.EqualTo(expected));

    [Test, Description("§36.3: y = (M·x + B·10^K1)·10^K2 with M=2, B=3, K1=1, K2=-1: x=10 → (20+30)/10 = 5")]
    public void ToValue_applies_offset_exponent_and_result_exponent() =>
        Assert.That(Linear(2, 3, -1, 1).ToValue(10), Is.EqualTo(5.0));

    [Test]
    public void ToValue_two_complement_negative_temperature() =>
        Assert.That(Linear(1, format: AnalogDataFormat.TwosComplement).ToValue(0xF6), Is.EqualTo(-10.0));

    [Test]
    public void ToRaw_rounds_to_nearest_step() =>
        Assert.That(Linear(1, r: -1).ToRaw(12.36), Is.EqualTo((byte)124));

    [TestCase(-5.0, (byte)0)]
    [TestCase(1e6, (byte)255)]
    public void ToRaw_clamps_unsigned_range(double value, byte expected) =>
        Assert.That(Linear(1).ToRaw(value), Is.EqualTo(expected));

    [TestCase(-500.0, (byte)0x80)]
    [TestCase(500.0, (byte)0x7F)]
    public void ToRaw_clamps_two_complement_range(double value, byte expected) =>
        Assert.That(Linear(1, format: AnalogDataFormat.TwosComplement).ToRaw(value), Is.EqualTo(expected));

    [TestCase(Linearization.Sqr, (byte)3, 9.0)]
    [TestCase(Linearization.Sqrt, (byte)16, 4.0)]
    [TestCase(Linearization.OneOverX, (byte)4, 0.25)]
    [TestCase(Linearization.Exp10, (byte)2, 100.0)]
    [TestCase(Linearization.Log2, (byte)8, 3.0)]
    [TestCase(Linearization.Cube, (byte)2, 8.0)]
    public void Linearization_applies_function_and_inverts(Linearization linearization, byte raw, double value)
    {
        var conversion = Linear(1, linearization: linearization);
        Assert.That(conversion.ToValue(raw), Is.EqualTo(value).Within(1e-9));
        Assert.That(conversion.ToRaw(value), Is.EqualTo(raw));
    }

    [Test]
    public void ToValue_without_analog_reading_throws() =>
        Assert.Throws<InvalidOperationException>(() => Linear(1, format: AnalogDataFormat.None).ToValue(1));

    [Test]
    public void ToRaw_with_zero_M_throws() =>
        Assert.Throws<InvalidOperationException>(() => Linear(0).ToRaw(1));
}

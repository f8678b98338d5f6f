using FsCheck;
using FsCheck.Fluent;
using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.Tests.Sensors;

public class SensorConversionChooseTests
{
    [TestCase(0.0, 127.0, 1.0, 1, 0, 0, 0, AnalogDataFormat.Unsigned, TestName = "Choose 0..127 °C at 1 °C")]
    [TestCase(0.0, 20.0, 0.1, 1, -1, 0, 0, AnalogDataFormat.Unsigned, TestName = "Choose 0..20 V at 0.1 V")]
    [TestCase(0.0, 2000.0, 10.0, 1, 1, 0, 0, AnalogDataFormat.Unsigned, TestName = "Choose 0..2000 W at 10 W")]
    [TestCase(-40.0, 125.0, 1.0, 1, 0, 0, 0, AnalogDataFormat.TwosComplement, TestName = "Choose -40..125 °C at 1 °C")]
    [TestCase(0.0, 20000.0, 1.0, 79, 0, 0, 0, AnalogDataFormat.Unsigned, TestName = "Choose 0..20000 RPM coarsens to 79 RPM")]
    public void Choose_picks_expected_factors(double min, double max, double resolution,
        int m, int r, int b, int bExponent, AnalogDataFormat format)
    {
        var conversion = SensorConversion.Choose(min, max, resolution);
        Assert.That((conversion.Factors.M, conversion.Factors.ResultExponent, conversion.Factors.B, conversion.Factors.BExponent, conversion.Format),
            Is.EqualTo(((short)m, (sbyte)r, (short)b, (sbyte)bExponent, format)));
    }

    [Test, Description("A range far from zero needs an offset: 200..250 V")]
    public void Choose_offsets_range_away_from_zero()
    {
        var conversion = SensorConversion.Choose(200, 250, 0.1);
        Assert.That(conversion.ToValue(0), Is.LessThanOrEqualTo(200.0));
        Assert.That(conversion.ToValue(255), Is.GreaterThanOrEqualTo(250.0));
        Assert.That(conversion.ToValue(conversion.ToRaw(230.0)), Is.EqualTo(230.0).Within(conversion.Resolution / 2));
    }

    [TestCase(10.0, 5.0, 1.0)]
    [TestCase(0.0, 10.0, 0.0)]
    [TestCase(0.0, double.PositiveInfinity, 1.0)]
    public void Choose_rejects_invalid_range(double min, double max, double resolution) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SensorConversion.Choose(min, max, resolution));

    [Test, Description("Any value in range survives value → raw → value within half a step; the step stays near the one asked for (B's 10 bits can cost a coarser step far from zero)")]
    public void Choose_round_trips_every_value_in_range()
    {
        var cases =
            from min in Gen.Choose(-100_000, 100_000).Select(v => v / 100.0)
            from span in Gen.Choose(1, 1_000_000).Select(v => v / 100.0)
            from resolution in Gen.Choose(1, 10_000).Select(v => v / 1000.0)
            from fraction in Gen.Choose(0, 1000).Select(v => v / 1000.0)
            select (min, max: min + span, resolution, value: min + span * fraction);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var conversion = SensorConversion.Choose(c.min, c.max, c.resolution);
            var back = conversion.ToValue(conversion.ToRaw(c.value));
            var wanted = Math.Max(c.resolution, (c.max - c.min) / 255);
            return Math.Abs(back - c.value) <= conversion.Resolution / 2 + 1e-9
                && conversion.Resolution <= wanted * 1.5;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}

using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Sensors;

public class SensorReadingFactorsTests : WireVectorTests<SensorReadingFactors>
{
    protected override Parser Parse => SensorReadingFactors.TryParse;
    protected override int Length(SensorReadingFactors value) => SensorReadingFactors.Length;
    protected override int Write(SensorReadingFactors value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector(DellR630.Fan2AFactors,
            new SensorReadingFactors(120, 2, 0, 194, 0, SensorDirection.Unspecified, 0, 0), "Dell R630 Fan2A");
        yield return Vector(DellR630.InletTempFactors,
            new SensorReadingFactors(1, 2, -128, 194, 0, SensorDirection.Unspecified, 0, 0), "Dell R630 Inlet Temp");
        // Every field at a limit: M=-512 (0x200), tolerance 63, B=511 (0x1FF), accuracy 1023,
        // accuracy exponent 3, output, R=-8, B exponent 7.
        yield return Vector("00 BF FF 7F FE 87",
            new SensorReadingFactors(-512, 63, 511, 1023, 3, SensorDirection.Output, -8, 7), "limits");
        // M=-1 (0x3FF), R=-2, K1=+1, input.
        yield return Vector("FF C0 00 00 01 E1",
            new SensorReadingFactors(-1, 0, 0, 0, 0, SensorDirection.Input, -2, 1), "negative M");
    }

    [Test]
    public void TryParse_truncated_fails() =>
        Assert.That(SensorReadingFactors.TryParse(Hex.Bytes(DellR630.Fan2AFactors)[..5], out _), Is.False);

    [Test]
    public void Step_is_M_times_ten_to_R() =>
        Assert.That(new SensorReadingFactors(5, 0, 0, 0, 0, 0, -2, 0).Step, Is.EqualTo(0.05).Within(1e-12));
}

using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.SensorEvent;

public class GetSensorReadingResponseTests : WireVectorTests<GetSensorReadingResponse>
{
    protected override Parser Parse => GetSensorReadingResponse.TryParse;
    protected override int Length(GetSensorReadingResponse value) => value.Length;
    protected override int Write(GetSensorReadingResponse value, Span<byte> destination) => value.WriteTo(destination);

    private const SensorReadingStatus Enabled = SensorReadingStatus.EventMessagesEnabled | SensorReadingStatus.ScanningEnabled;

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Dell R630: reserved bits 7:6 of the threshold status byte come back set.
        yield return Vector(DellR630.Fan2AReading, new(0x2C, Enabled, 0xC0, 1), "Dell R630 Fan2A");
        yield return Vector(DellR630.InletTempReading, new(0x99, Enabled, 0xC0, 1), "Dell R630 Inlet Temp");
        yield return Vector("B4 C0 18", GetSensorReadingResponse.ForThreshold(0xB4, Enabled,
            Thresholds.UpperNonCritical | Thresholds.UpperCritical), "above upper critical");
        yield return Vector("00 60", new(0x00, SensorReadingStatus.ScanningEnabled | SensorReadingStatus.ReadingUnavailable), "reading unavailable, no states");
        yield return Vector("00 C0 02 80", new(0x00, Enabled, 0x8002, 2), "discrete, state 1 asserted");
    }

    [Test]
    public void ThresholdStatus_ignores_reserved_bits()
    {
        GetSensorReadingResponse.TryParse(Hex.Bytes("B4 C0 D8"), out var response);
        Assert.That(response.ThresholdStatus, Is.EqualTo(Thresholds.UpperNonCritical | Thresholds.UpperCritical));
    }

    [Test]
    public void TryParse_one_byte_fails() => Assert.That(GetSensorReadingResponse.TryParse([0x2C], out _), Is.False);
}

public class GetSensorReadingRequestTests : WireVectorTests<GetSensorReadingRequest>
{
    protected override Parser Parse => GetSensorReadingRequest.TryParse;
    protected override int Length(GetSensorReadingRequest value) => GetSensorReadingRequest.Length;
    protected override int Write(GetSensorReadingRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("32", new(0x32), "Fan2A");
    }

    [Test]
    public void TryParse_empty_fails() => Assert.That(GetSensorReadingRequest.TryParse([], out _), Is.False);
}

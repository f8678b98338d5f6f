using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.SensorEvent;

public class GetSensorThresholdsResponseTests : WireVectorTests<GetSensorThresholdsResponse>
{
    protected override Parser Parse => GetSensorThresholdsResponse.TryParse;
    protected override int Length(GetSensorThresholdsResponse value) => GetSensorThresholdsResponse.Length;
    protected override int Write(GetSensorThresholdsResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // The Dell R630 Inlet Temp SDR's readable mask and thresholds (LNC 3 °C, LC -7, UNC 42, UC 47), command order.
        yield return Vector("1B 83 79 00 AA AF FF", new(
            Thresholds.LowerNonCritical | Thresholds.LowerCritical | Thresholds.UpperNonCritical | Thresholds.UpperCritical,
            new ThresholdValues(0x83, 0x79, 0x00, 0xAA, 0xAF, 0xFF)), "Dell R630 Inlet Temp");
    }

    [Test]
    public void TryParse_truncated_fails() =>
        Assert.That(GetSensorThresholdsResponse.TryParse(Hex.Bytes("1B 83 79 00 AA AF"), out _), Is.False);
}

public class SetSensorThresholdsRequestTests : WireVectorTests<SetSensorThresholdsRequest>
{
    protected override Parser Parse => SetSensorThresholdsRequest.TryParse;
    protected override int Length(SetSensorThresholdsRequest value) => SetSensorThresholdsRequest.Length;
    protected override int Write(SetSensorThresholdsRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // ipmitool 1.8.19 `sensor thresh "Inlet Temp" unc 40` (lib/ipmi_sensor.c): mask bit 3 and only the
        // UNC byte set; 40 °C is raw 0xA8 with the Dell factors (B = -128).
        yield return Vector("04 08 00 00 00 A8 00 00",
            new(0x04, Thresholds.UpperNonCritical, new ThresholdValues(0, 0, 0, 0xA8, 0, 0)), "ipmitool sensor thresh unc");
        yield return Vector("04 3F 01 02 03 04 05 06",
            new(0x04, Thresholds.All, new ThresholdValues(1, 2, 3, 4, 5, 6)), "all six, LNC first");
    }
}

public class SensorHysteresisTests : WireVectorTests<SetSensorHysteresisRequest>
{
    protected override Parser Parse => SetSensorHysteresisRequest.TryParse;
    protected override int Length(SetSensorHysteresisRequest value) => SetSensorHysteresisRequest.Length;
    protected override int Write(SetSensorHysteresisRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("04 FF 02 01", new(0x04, new SensorHysteresis(2, 1)), "positive 2, negative 1");
    }

    [Test]
    public void Get_request_and_response_read_spec_layout()
    {
        Assert.That(GetSensorHysteresisRequest.TryParse(Hex.Bytes("04 FF"), out var request), Is.True);
        Assert.That(request, Is.EqualTo(new GetSensorHysteresisRequest(0x04)));
        Assert.That(SensorHysteresis.TryParse(Hex.Bytes("01 01"), out var response), Is.True);
        Assert.That(response, Is.EqualTo(new SensorHysteresis(1, 1)));
    }
}

public class GetSensorReadingFactorsResponseTests : WireVectorTests<GetSensorReadingFactorsResponse>
{
    protected override Parser Parse => GetSensorReadingFactorsResponse.TryParse;
    protected override int Length(GetSensorReadingFactorsResponse value) => GetSensorReadingFactorsResponse.Length;
    protected override int Write(GetSensorReadingFactorsResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("FF 78 02 00 02 30 00",
            new(0xFF, new SensorReadingFactors(120, 2, 0, 194, 0, SensorDirection.Unspecified, 0, 0)), "Dell Fan2A factors");
    }

    [Test]
    public void Request_is_sensor_then_reading()
    {
        Span<byte> buffer = stackalloc byte[2];
        new GetSensorReadingFactorsRequest(0x32, 0x2C).WriteTo(buffer);
        Assert.That(buffer.ToArray(), Is.EqualTo(new byte[] { 0x32, 0x2C }));
    }
}

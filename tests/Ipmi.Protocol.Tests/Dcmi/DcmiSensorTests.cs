using Ipmi.Protocol.Dcmi;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Dcmi;

public class DcmiEntityRequestTests : WireVectorTests<DcmiEntityRequest>
{
    protected override Parser Parse => DcmiEntityRequest.TryParse;
    protected override int Length(DcmiEntityRequest value) => DcmiEntityRequest.Length;
    protected override int Write(DcmiEntityRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 `dcmi sensors` / `dcmi get_temp_reading` (lib/ipmi_dcmi.c): DC, type 01, entity, instance, start.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 01 40 00 00", new(EntityId.DcmiInlet), "inlet, all instances");
        yield return Vector("DC 01 41 00 08", new(EntityId.DcmiCpu, 0, 8), "CPU, from instance 8");
        yield return Vector("DC 01 42 02 00", new(EntityId.DcmiBaseboard, 2), "baseboard instance 2");
    }
}

public class GetDcmiSensorInfoResponseTests : WireVectorTests<GetDcmiSensorInfoResponse>
{
    protected override Parser Parse => GetDcmiSensorInfoResponse.TryParse;
    protected override int Length(GetDcmiSensorInfoResponse value) => value.Length;
    protected override int Write(GetDcmiSensorInfoResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 01 01 12 00", new(1, [0x0012]), "one inlet sensor, record 0x12");
        yield return Vector("DC 02 02 04 00 05 01", new(2, [0x0004, 0x0105]), "two CPU sensors");
        yield return Vector("DC 00 00", new(0, []), "none");
    }

    [Test]
    public void TryParse_count_beyond_data_fails() =>
        Assert.That(GetDcmiSensorInfoResponse.TryParse(Hex.Bytes("DC 02 02 04 00"), out _), Is.False);
}

public class GetTemperatureReadingsResponseTests : WireVectorTests<GetTemperatureReadingsResponse>
{
    protected override Parser Parse => GetTemperatureReadingsResponse.TryParse;
    protected override int Length(GetTemperatureReadingsResponse value) => value.Length;
    protected override int Write(GetTemperatureReadingsResponse value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 reads data[j+3] as sign bit 7 + magnitude 6:0 and data[j+4] as the instance.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 02 02 19 01 87 02",
            new(2, [new DcmiTemperature(25, 1), new DcmiTemperature(-7, 2)]), "+25 C and -7 C");
        yield return Vector("DC 00 00", new(0, []), "none");
    }

    [Test]
    public void TryParse_more_than_eight_fails() =>
        Assert.That(GetTemperatureReadingsResponse.TryParse(Hex.Bytes("DC 09 09" + string.Concat(Enumerable.Repeat("19 01", 9))), out _), Is.False);
}

public class GetDcmiCapabilitiesTests : WireVectorTests<GetDcmiCapabilitiesRequest>
{
    protected override Parser Parse => GetDcmiCapabilitiesRequest.TryParse;
    protected override int Length(GetDcmiCapabilitiesRequest value) => GetDcmiCapabilitiesRequest.Length;
    protected override int Write(GetDcmiCapabilitiesRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 `dcmi discover` asks for each parameter: DC, selector.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 01", new(DcmiCapabilityParameter.SupportedCapabilities), "supported capabilities");
        yield return Vector("DC 02", new(DcmiCapabilityParameter.MandatoryPlatformAttributes), "mandatory attributes");
        yield return Vector("DC 05", new(DcmiCapabilityParameter.EnhancedPowerStatisticsAttributes), "enhanced statistics");
    }

    [Test, Description("DCMI 1.5 conformance 01 05, parameter revision 02, then the parameter data")]
    public void Response_carries_conformance_revision_and_data()
    {
        var bytes = Hex.Bytes("DC 01 05 02 00 82 05 07 05");
        Assert.That(GetDcmiCapabilitiesResponse.TryParse(bytes, out var response), Is.True);
        Assert.That((response.Major, response.Minor, response.ParameterRevision), Is.EqualTo(((byte)1, (byte)5, (byte)2)));
        Assert.That(DcmiMandatoryPlatformAttributes.TryParse(response.Data.Span, out var attributes), Is.True);
        Assert.That(attributes, Is.EqualTo(new DcmiMandatoryPlatformAttributes(0x8200, 0x05, 0x07, 0x05)));
        Assert.That(attributes.MaximumSelEntries, Is.EqualTo(512));
        var data = new byte[DcmiMandatoryPlatformAttributes.Length];
        attributes.WriteTo(data);
        var written = new byte[bytes.Length];
        new GetDcmiCapabilitiesResponse(data).WriteTo(written);
        Assert.That(written, Is.EqualTo(bytes));
    }
}

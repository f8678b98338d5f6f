using Ipmi.Protocol.Dcmi;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Dcmi;

public class GetPowerReadingRequestTests : WireVectorTests<GetPowerReadingRequest>
{
    protected override Parser Parse => GetPowerReadingRequest.TryParse;
    protected override int Length(GetPowerReadingRequest value) => GetPowerReadingRequest.Length;
    protected override int Write(GetPowerReadingRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // ipmitool 1.8.19 `dcmi power reading` (lib/ipmi_dcmi.c): DC, mode 1, 0, 0.
        yield return Vector("DC 01 00 00", new(PowerReadingMode.SystemPowerStatistics), "ipmitool dcmi power reading");
        yield return Vector("DC 02 45 00", new(PowerReadingMode.EnhancedSystemPowerStatistics, 0x45), "enhanced, 5-minute rolling average");
    }

    [Test]
    public void TryParse_other_group_fails() =>
        Assert.That(GetPowerReadingRequest.TryParse(Hex.Bytes("00 01 00 00"), out _), Is.False);
}

public class GetPowerReadingResponseTests : WireVectorTests<GetPowerReadingResponse>
{
    protected override Parser Parse => GetPowerReadingResponse.TryParse;
    protected override int Length(GetPowerReadingResponse value) => GetPowerReadingResponse.Length;
    protected override int Write(GetPowerReadingResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Layout as ipmitool's struct power_reading and FreeIPMI's tmpl_cmd_dcmi_get_power_reading_rs
        // (state bit 6 = power_measurement): 300 W now, min 232, max 350, average 268, 1 s period.
        yield return Vector("DC 2C 01 E8 00 5E 01 0C 01 00 10 5E 5F E8 03 00 00 40",
            new(300, 232, 350, 268, 0x5F5E1000, 1000, true), "measurement active");
        yield return Vector("DC 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
            new(0, 0, 0, 0, 0, 0, false), "measurement inactive");
    }
}

public class PowerLimitTests : WireVectorTests<SetPowerLimitRequest>
{
    protected override Parser Parse => SetPowerLimitRequest.TryParse;
    protected override int Length(SetPowerLimitRequest value) => SetPowerLimitRequest.Length;
    protected override int Write(SetPowerLimitRequest value, Span<byte> destination) => value.WriteTo(destination);

    private static readonly DcmiPowerLimit HardOff500W = new(PowerLimitExceptionAction.HardPowerOffAndLog, 500, 1000, 1);

    // ipmitool 1.8.19 `dcmi power set_limit` (lib/ipmi_dcmi.c): DC, 3 reserved, action, limit,
    // correction time, 2 reserved, sampling period — as FreeIPMI's tmpl_cmd_dcmi_set_power_limit_rq.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 00 00 00 01 F4 01 E8 03 00 00 00 00 01 00", new(HardOff500W), "500 W, hard power off");
        yield return Vector("DC 00 00 00 11 2C 01 10 27 00 00 00 00 05 00",
            new(new DcmiPowerLimit(PowerLimitExceptionAction.LogEventOnly, 300, 10000, 5)), "300 W, log only");
    }

    [Test]
    public void Get_response_has_two_reserved_bytes_before_the_limit()
    {
        var bytes = Hex.Bytes("DC 00 00 01 F4 01 E8 03 00 00 00 00 01 00");
        Assert.That(GetPowerLimitResponse.TryParse(bytes, out var response), Is.True);
        Assert.That(response.Limit, Is.EqualTo(HardOff500W));
        var written = new byte[GetPowerLimitResponse.Length];
        response.WriteTo(written);
        Assert.That(written, Is.EqualTo(bytes));
        Assert.That(GetPowerLimitRequest.TryParse(Hex.Bytes("DC 00 00"), out _), Is.True);
    }

    [TestCase("DC 01 00 00", true)]
    [TestCase("DC 00 00 00", false)]
    public void Activate_request_is_flag_and_two_reserved(string hex, bool activate)
    {
        Assert.That(ActivatePowerLimitRequest.TryParse(Hex.Bytes(hex), out var request), Is.True);
        Assert.That(request.Activate, Is.EqualTo(activate));
        var written = new byte[ActivatePowerLimitRequest.Length];
        request.WriteTo(written);
        Assert.That(written, Is.EqualTo(Hex.Bytes(hex)));
    }

    [Test]
    public void Group_only_response_is_0xDC()
    {
        Assert.That(DcmiGroupResponse.TryParse([0xDC], out var response), Is.True);
        Assert.That(DcmiGroupResponse.TryParse([0x00], out _), Is.False);
        var written = new byte[1];
        response.WriteTo(written);
        Assert.That(written[0], Is.EqualTo(0xDC));
    }
}

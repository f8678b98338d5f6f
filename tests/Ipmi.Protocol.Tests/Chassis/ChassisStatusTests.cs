using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Chassis;

public class GetChassisStatusResponseTests : WireVectorTests<GetChassisStatusResponse>
{
    protected override Parser Parse => GetChassisStatusResponse.TryParse;
    protected override int Length(GetChassisStatusResponse value) => value.Length;
    protected override int Write(GetChassisStatusResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Table 28-3 bit by bit; ipmitool 1.8.19 `chassis status` (lib/ipmi_chassis.c) reads the same bits.
        yield return Vector("01 10 40", new(true, PowerRestorePolicy.AlwaysOff, LastEvent: LastPowerEvents.PowerOnByIpmi,
            IdentifySupported: true), "on, always-off policy, powered on by IPMI, identify off");
        yield return Vector("20 01 50", new(false, PowerRestorePolicy.Previous, LastEvent: LastPowerEvents.AcFailed,
            IdentifySupported: true, Identify: IdentifyState.TemporaryOn), "off after AC loss, previous policy, identify blinking");
        yield return Vector("5B 08 6C 00", new(true, PowerRestorePolicy.AlwaysOn,
            PowerFaults.PowerOverload | PowerFaults.MainPowerFault | PowerFaults.PowerControlFault,
            LastPowerEvents.PowerDownFault, ChassisStateFlags.DriveFault | ChassisStateFlags.CoolingFault,
            true, IdentifyState.IndefiniteOn, FrontPanel: 0x00), "faults, identify forced on, front panel byte");
        yield return Vector("60 00 00", new(false, PowerRestorePolicy.NoChangeOrUnknown), "policy unknown, identify unsupported");
    }

    [Test]
    public void TryParse_two_bytes_fails() => Assert.That(GetChassisStatusResponse.TryParse([0x01, 0x00], out _), Is.False);
}

public class ChassisControlRequestTests : WireVectorTests<ChassisControlRequest>
{
    protected override Parser Parse => ChassisControlRequest.TryParse;
    protected override int Length(ChassisControlRequest value) => ChassisControlRequest.Length;
    protected override int Write(ChassisControlRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 include/ipmitool/ipmi_chassis.h: IPMI_CHASSIS_CTL_POWER_DOWN 0x0 … ACPI_SOFT 0x5.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00", new(ChassisControlAction.PowerDown), "power off");
        yield return Vector("01", new(ChassisControlAction.PowerUp), "power on");
        yield return Vector("02", new(ChassisControlAction.PowerCycle), "power cycle");
        yield return Vector("03", new(ChassisControlAction.HardReset), "power reset");
        yield return Vector("04", new(ChassisControlAction.PulseDiagnosticInterrupt), "power diag");
        yield return Vector("05", new(ChassisControlAction.SoftShutdown), "power soft");
    }
}

public class ChassisIdentifyRequestTests : WireVectorTests<ChassisIdentifyRequest>
{
    protected override Parser Parse => ChassisIdentifyRequest.TryParse;
    protected override int Length(ChassisIdentifyRequest value) => value.Length;
    protected override int Write(ChassisIdentifyRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 `chassis identify [<interval>|force]` (lib/ipmi_chassis.c): no data, the interval,
    // or interval 0 and force 1.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("", new(), "identify (default 15 s)");
        yield return Vector("1E", new(30), "identify 30");
        yield return Vector("00", new(0), "identify 0 (off)");
        yield return Vector("00 01", new(0, true), "identify force");
    }

    [TestCase(null, null, IdentifyState.TemporaryOn, 15)]
    [TestCase((byte)30, null, IdentifyState.TemporaryOn, 30)]
    [TestCase((byte)0, null, IdentifyState.Off, 0)]
    [TestCase((byte)0, true, IdentifyState.IndefiniteOn, -1)]
    public void Effect_follows_section_28_5(byte? interval, bool? force, IdentifyState state, int seconds)
    {
        var effect = new ChassisIdentifyRequest(interval, force).Effect;
        Assert.That(effect.State, Is.EqualTo(state));
        Assert.That(effect.Duration, Is.EqualTo(seconds < 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds)));
    }
}

public class PowerRestorePolicyTests : WireVectorTests<SetPowerRestorePolicyRequest>
{
    protected override Parser Parse => SetPowerRestorePolicyRequest.TryParse;
    protected override int Length(SetPowerRestorePolicyRequest value) => SetPowerRestorePolicyRequest.Length;
    protected override int Write(SetPowerRestorePolicyRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 IPMI_CHASSIS_POLICY_*: always-off 0, previous 1, always-on 2, list = no change 3.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00", new(PowerRestorePolicy.AlwaysOff), "always-off");
        yield return Vector("01", new(PowerRestorePolicy.Previous), "previous");
        yield return Vector("02", new(PowerRestorePolicy.AlwaysOn), "always-on");
        yield return Vector("03", new(PowerRestorePolicy.NoChangeOrUnknown), "list");
    }

    [Test]
    public void Response_lists_supported_policies()
    {
        Assert.That(SetPowerRestorePolicyResponse.TryParse([0x05], out var response), Is.True);
        Assert.That(response.Supports(PowerRestorePolicy.AlwaysOff), Is.True);
        Assert.That(response.Supports(PowerRestorePolicy.Previous), Is.False);
        Assert.That(response.Supports(PowerRestorePolicy.AlwaysOn), Is.True);
    }
}

public class GetSystemRestartCauseResponseTests : WireVectorTests<GetSystemRestartCauseResponse>
{
    protected override Parser Parse => GetSystemRestartCauseResponse.TryParse;
    protected override int Length(GetSystemRestartCauseResponse value) => GetSystemRestartCauseResponse.Length;
    protected override int Write(GetSystemRestartCauseResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("01 01", new(RestartCause.ChassisControlCommand, 1), "chassis control from LAN channel 1");
        yield return Vector("07 00", new(RestartCause.AutomaticPrevious, 0), "restored after AC, previous state");
    }
}

public class GetPohCounterResponseTests : WireVectorTests<GetPohCounterResponse>
{
    protected override Parser Parse => GetPohCounterResponse.TryParse;
    protected override int Length(GetPohCounterResponse value) => GetPohCounterResponse.Length;
    protected override int Write(GetPohCounterResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("3C 10 27 00 00", new(60, 10000), "10000 hours");
    }

    [Test]
    public void PoweredOn_multiplies_minutes_per_count() =>
        Assert.That(new GetPohCounterResponse(60, 10000).PoweredOn, Is.EqualTo(TimeSpan.FromHours(10000)));
}

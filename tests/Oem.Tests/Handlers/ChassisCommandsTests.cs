using Ipmi.Protocol;
using Ipmi.Protocol.Sensors;
using Oem.Node;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ChassisCommandsTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> Chassis(byte command, string data = "", PrivilegeLevel privilege = PrivilegeLevel.Administrator) =>
        _harness.CallAsync(NetFn.Chassis, command, data, privilege);

    [Test, Description("ipmitool chassis bootdev pxe: params 0 (01), 4 (01 01), 5 (80 04 00 00 00), 0 (02), 0 (00); then bootparam get 5")]
    public async Task Bootdev_pxe_then_bootparam_get_5_returns_the_flags()
    {
        foreach (var step in new[] { "00 01", "04 01 01", "05 80 04 00 00 00", "00 02", "00 00" })
            Assert.That((await Chassis(0x08, step, PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal), step);

        var (code, data) = await Chassis(0x09, "05 00 00", PrivilegeLevel.Operator);

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("01 05 80 04 00 00 00"));
    }

    [Test]
    public async Task Boot_flags_survive_a_restart()
    {
        await Chassis(0x08, "05 c0 08 00 00 00");
        _harness.Reopen();
        Assert.That(Hex.Of((await Chassis(0x09, "05 00 00")).Data), Is.EqualTo("01 05 c0 08 00 00 00"));
    }

    [Test, Description("§28.12: the BMC clears the boot flag valid bit 60 s after it was set")]
    public async Task Boot_flag_valid_bit_clears_after_60_seconds()
    {
        await Chassis(0x08, "05 80 04 00 00 00");
        _harness.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.That((await Chassis(0x09, "05 00 00")).Data[2], Is.EqualTo(0x80));
        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.That(Hex.Of((await Chassis(0x09, "05 00 00")).Data), Is.EqualTo("01 05 00 04 00 00 00"));
    }

    [Test, Description("pyghmi set_bootdev sends parameter 3 = 08 first: the valid bit then outlives the 60 s timeout, across a restart")]
    public async Task Valid_bit_clearing_08_keeps_the_boot_flags_valid_past_60_seconds()
    {
        Assert.That((await Chassis(0x08, "03 08", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        await Chassis(0x08, "05 80 04 00 00 00", PrivilegeLevel.Operator);
        _harness.Reopen();
        _harness.Time.Advance(TimeSpan.FromSeconds(61));

        Assert.That(Hex.Of((await Chassis(0x09, "03 00 00")).Data), Is.EqualTo("01 03 08"));
        Assert.That(Hex.Of((await Chassis(0x09, "05 00 00")).Data), Is.EqualTo("01 05 80 04 00 00 00"));
    }

    [Test, Description("FreeIPMI ipmi-config's post-commit sends parameter 3 = 1F; reserved bits [7:5] are not kept; one data byte only")]
    public async Task Valid_bit_clearing_keeps_bits_4_to_0_and_checks_its_length()
    {
        Assert.That((await Chassis(0x08, "03 ff")).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of((await Chassis(0x09, "03 00 00")).Data), Is.EqualTo("01 03 1f"));
        Assert.That((await Chassis(0x08, "03")).Code, Is.EqualTo(CompletionCode.RequestDataLengthInvalid));
        Assert.That((await Chassis(0x08, "03 08 00")).Code, Is.EqualTo(CompletionCode.RequestDataLengthInvalid));
    }

    [Test]
    public async Task Second_set_in_progress_is_0x81_and_unknown_parameters_0x80()
    {
        Assert.That((await Chassis(0x08, "00 01")).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await Chassis(0x08, "00 01")).Code, Is.EqualTo((CompletionCode)0x81));
        Assert.That((await Chassis(0x08, "02 00")).Code, Is.EqualTo((CompletionCode)0x80));
        Assert.That((await Chassis(0x09, "07 00 00")).Code, Is.EqualTo((CompletionCode)0x80));
        Assert.That((await Chassis(0x08, "01 00")).Code, Is.EqualTo((CompletionCode)0x80));
        Assert.That((await Chassis(0x09, "06 00 00")).Code, Is.EqualTo((CompletionCode)0x80));
        Assert.That((await Chassis(0x08, "05 80 04")).Code, Is.EqualTo(CompletionCode.RequestDataLengthInvalid));
    }

    [Test]
    public async Task Chassis_status_reports_power_policy_and_identify_support()
    {
        _harness.Power.On = true;
        Assert.That(Hex.Of((await Chassis(0x06, "02", PrivilegeLevel.Operator)).Data), Is.EqualTo("07"));

        var (code, data) = await Chassis(0x01, "", PrivilegeLevel.User);

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        // byte 1: power on, policy always-on in [6:5]; byte 3: identify supported [6], identify off.
        Assert.That(Hex.Of(data), Is.EqualTo("41 00 40"));
    }

    [Test]
    public async Task Chassis_control_power_up_turns_the_node_on_and_logs_a_system_restart()
    {
        var (code, _) = await Chassis(0x02, "01", PrivilegeLevel.Operator);

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_harness.Power.On, Is.True);
        Assert.That((await Chassis(0x01)).Data[1], Is.EqualTo(0x10), "last power event: power on by IPMI");
        Assert.That(Hex.Of((await Chassis(0x07)).Data), Is.EqualTo("01 01"), "restart cause: chassis control, channel 1");
        Assert.That(_harness.Handlers.Sel.TryGet(0, out var entry, out _), Is.True);
        Assert.That(entry.Event.SensorType, Is.EqualTo(SensorType.SystemBootRestartInitiated));
        Assert.That(entry.Event.EventData1 & 0x0F, Is.EqualTo(0x07));
        Assert.That(entry.Event.EventData2, Is.EqualTo(0x01));
    }

    [Test]
    public async Task Chassis_control_needs_operator() =>
        Assert.That((await Chassis(0x02, "01", PrivilegeLevel.User)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));

    [TestCase("06", CompletionCode.InvalidDataField, Description = "reserved action")]
    [TestCase("04", CompletionCode.InvalidDataField, Description = "no diagnostic interrupt line")]
    [TestCase("03", CompletionCode.NotSupportedInPresentState, Description = "hard reset while off")]
    public async Task Chassis_control_refusals(string action, CompletionCode expected) =>
        Assert.That((await Chassis(0x02, action)).Code, Is.EqualTo(expected));

    [Test]
    public async Task Unconfirmed_power_good_is_0xFF()
    {
        _harness.Power.Failure = new PowerConfirmationException(true, TimeSpan.FromSeconds(10));
        Assert.That((await Chassis(0x02, "01")).Code, Is.EqualTo(CompletionCode.Unspecified));
    }

    [Test, Description("a slow action is acknowledged at the deadline and finishes in the background")]
    public async Task Slow_power_off_is_acknowledged_at_the_deadline()
    {
        _harness.Power.On = true;
        _harness.Power.Hold = new TaskCompletionSource();
        var pending = Chassis(0x02, "00");
        await _harness.Time.RunUntilAsync(pending, TimeSpan.FromMilliseconds(500), maxSteps: 10);

        Assert.That((await pending).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_harness.Power.On, Is.True);
        _harness.Power.Hold.SetResult();
        await WaitUntil(() => !_harness.Power.On);
    }

    [Test, Description("ipmipower retransmits a power cycle every 400 ms with a new rqSeq; §28.3: one off, one on")]
    public async Task The_same_action_asked_again_while_under_way_is_acknowledged_at_once_and_runs_once()
    {
        _harness.Power.On = true;
        _harness.Power.Hold = new TaskCompletionSource();
        var first = Chassis(0x02, "02", PrivilegeLevel.Operator);

        Assert.That((await Chassis(0x02, "02", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(first.IsCompleted, Is.False, "the first still waits for its action");
        _harness.Power.Hold.SetResult();
        Assert.That((await first).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_harness.Power.Actions, Is.EqualTo(new[] { "cycle" }));

        await Chassis(0x02, "02", PrivilegeLevel.Operator);
        Assert.That(_harness.Power.Actions, Is.EqualTo(new[] { "cycle", "cycle" }), "a cycle asked for after the first finished runs");
    }

    [Test]
    public async Task Identify_without_data_lights_the_led_for_15_seconds()
    {
        Assert.That((await Chassis(0x04, "", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_harness.Node.Led.IsOn, Is.True);
        Assert.That((await Chassis(0x01)).Data[2] & 0x30, Is.EqualTo(0x10), "temporary on");
        _harness.Time.Advance(TimeSpan.FromSeconds(14));
        Assert.That(_harness.Node.Led.IsOn, Is.True);
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => !_harness.Node.Led.IsOn);
    }

    [Test]
    public async Task Identify_force_stays_on_and_zero_turns_it_off()
    {
        await Chassis(0x04, "00 01");
        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.That(_harness.Node.Led.IsOn, Is.True);
        Assert.That((await Chassis(0x01)).Data[2] & 0x30, Is.EqualTo(0x20), "indefinite on");
        await Chassis(0x04, "00");
        Assert.That(_harness.Node.Led.IsOn, Is.False);
    }

    [Test]
    public async Task Restore_policy_persists_and_3_only_reports_support()
    {
        await Chassis(0x06, "01");
        Assert.That(Hex.Of((await Chassis(0x06, "03")).Data), Is.EqualTo("07"));
        _harness.Reopen();
        Assert.That((await Chassis(0x01)).Data[0] >> 5 & 3, Is.EqualTo(1));
    }

    [Test]
    public async Task Poh_counter_counts_hours_powered_on_and_persists()
    {
        _harness.Power.On = true;
        await Chassis(0x01);
        _harness.Time.Advance(TimeSpan.FromMinutes(150));
        await Chassis(0x01);
        Assert.That(Hex.Of((await Chassis(0x0F, "", PrivilegeLevel.User)).Data), Is.EqualTo("3c 02 00 00 00"));
        _harness.Reopen();
        Assert.That(Hex.Of((await Chassis(0x0F)).Data), Is.EqualTo("3c 02 00 00 00"));
    }

    [Test]
    public async Task Chassis_capabilities_name_the_bmc_for_every_device() =>
        Assert.That(Hex.Of((await Chassis(0x00, "", PrivilegeLevel.User)).Data), Is.EqualTo("00 20 20 20 20"));

    [Test]
    public async Task Without_power_control_no_chassis_command_is_registered()
    {
        using var harness = new HandlerHarness(new FakeNode { Power = null });
        Assert.That(harness.Find(NetFn.Chassis, 0x01), Is.Null);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(10);
        Assert.That(condition(), Is.True);
    }
}

using Ipmi.Protocol;
using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.Sensors;
using Oem.Handlers.Chassis;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

/// <summary>
/// The power restore policy (IPMI v2.0 §28.8) applied when the sidecar starts with the host off, i.e. after the board
/// lost power: a fresh <see cref="FakeNode"/> (host off) on the state directory of the run before is that AC loss.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PowerRestoreTests : IDisposable
{
    private readonly HandlerHarness _before = new();
    private HandlerHarness? _after;

    public void Dispose()
    {
        _after?.Handlers.Dispose();
        _before.Dispose();
    }

    private static Task<(CompletionCode Code, byte[] Data)> Chassis(HandlerHarness harness, byte command, string data = "") =>
        harness.CallAsync(NetFn.Chassis, command, data, PrivilegeLevel.Operator);

    /// <summary>Sets the policy (Set Power Restore Policy data: 00 always off, 01 previous, 02 always on) and the host's power before the loss.</summary>
    private async Task RunBeforeAsync(string policy, bool hostOn)
    {
        Assert.That((await Chassis(_before, 0x06, policy)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await Chassis(_before, 0x02, hostOn ? "01" : "00")).Code, Is.EqualTo(CompletionCode.Normal));
        await _before.Power.GetStatusAsync();
    }

    /// <summary>Starts again on the same state directory with the host off (or as told) and lets the policy act.</summary>
    private async Task<HandlerHarness> RestartAsync(bool hostOn = false)
    {
        var node = new FakeNode();
        node.FakePower.On = hostOn;
        _after = new HandlerHarness(node, stateDirectory: _before.StateDirectory);
        var restore = _after.Handlers.PowerRestore!;
        await restore.StartAsync(CancellationToken.None);
        await restore.ExecuteTask!;
        return _after;
    }

    [TestCase(PowerRestorePolicy.AlwaysOn, null, RestartCause.AutomaticAlwaysOn)]
    [TestCase(PowerRestorePolicy.AlwaysOn, false, RestartCause.AutomaticAlwaysOn)]
    [TestCase(PowerRestorePolicy.Previous, true, RestartCause.AutomaticPrevious)]
    [TestCase(PowerRestorePolicy.Previous, false, null)]
    [TestCase(PowerRestorePolicy.Previous, null, null)]
    [TestCase(PowerRestorePolicy.AlwaysOff, true, null)]
    public void Policy_and_last_power_state_decide_the_restart_cause(PowerRestorePolicy policy, bool? lastOn, RestartCause? expected) =>
        Assert.That(PowerRestore.CauseFor(policy, lastOn), Is.EqualTo(expected));

    [Test]
    public async Task Always_on_powers_an_unpowered_host_on_with_cause_06_and_a_sel_entry()
    {
        await RunBeforeAsync("02", hostOn: false);

        var after = await RestartAsync();

        Assert.That(after.Power.On, Is.True);
        Assert.That(after.Power.Actions, Is.EqualTo(new[] { "on" }));
        Assert.That(Hex.Of((await Chassis(after, 0x07)).Data), Is.EqualTo("06 00"), "§28.11: always-on policy, no channel");
        Assert.That((await Chassis(after, 0x01)).Data[1] & 0x10, Is.Zero, "last power event: not an IPMI command");
        Assert.That(after.Handlers.Sel.TryGet(0xFFFF, out var entry, out _), Is.True);
        Assert.That(entry.Event.SensorType, Is.EqualTo(SensorType.SystemBootRestartInitiated));
        Assert.That(entry.Event.EventData1 & 0x0F, Is.EqualTo(0x07), "system restart");
        Assert.That((entry.Event.EventData2, entry.Event.EventData3), Is.EqualTo(((byte)0x06, (byte)0x00)));
    }

    [Test]
    public async Task Previous_restores_a_host_that_was_on_with_cause_07()
    {
        await RunBeforeAsync("01", hostOn: true);

        var after = await RestartAsync();

        Assert.That(after.Power.On, Is.True);
        Assert.That(Hex.Of((await Chassis(after, 0x07)).Data), Is.EqualTo("07 00"));
    }

    [Test]
    public async Task Previous_leaves_a_host_that_was_off_off()
    {
        await RunBeforeAsync("01", hostOn: true);
        Assert.That((await Chassis(_before, 0x02, "00")).Code, Is.EqualTo(CompletionCode.Normal), "commanded off before the loss");
        _before.Handlers.Sel.Clear();

        var after = await RestartAsync();

        Assert.That(after.Power.On, Is.False);
        Assert.That(after.Power.Actions, Is.Empty);
        Assert.That(after.Handlers.Sel.TryGet(0, out _, out _), Is.False, "nothing logged");
    }

    [Test]
    public async Task Always_off_leaves_the_host_off()
    {
        await RunBeforeAsync("00", hostOn: true);

        var after = await RestartAsync();

        Assert.That(after.Power.On, Is.False);
        Assert.That(after.Power.Actions, Is.Empty);
    }

    [Test, Description("A sidecar restart while the host runs is no power loss: nothing to restore.")]
    public async Task Host_found_on_is_left_alone()
    {
        await RunBeforeAsync("02", hostOn: true);

        var after = await RestartAsync(hostOn: true);

        Assert.That(after.Power.Actions, Is.Empty);
    }

    [Test]
    public async Task Last_power_state_follows_what_the_node_reports_and_survives_a_restart()
    {
        _before.Power.On = true;
        await _before.Power.GetStatusAsync();
        Assert.That(_before.Reopen().LastPower!.AtStart, Is.True);

        _before.Power.On = false;
        await _before.Power.GetStatusAsync();
        Assert.That(_before.Reopen().LastPower!.AtStart, Is.False);
    }

    [Test]
    public async Task Last_power_state_that_cannot_be_saved_is_saved_by_the_next_report()
    {
        var away = _before.StateDirectory + ".away";
        Directory.Move(_before.StateDirectory, away);
        _before.Power.On = true;
        await _before.Power.GetStatusAsync();
        Directory.Move(away, _before.StateDirectory);

        _before.Handlers.LastPower!.Observe(true);

        Assert.That(_before.Reopen().LastPower!.AtStart, Is.True);
    }
}

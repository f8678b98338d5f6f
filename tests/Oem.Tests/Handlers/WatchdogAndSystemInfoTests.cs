using Ipmi.Protocol;
using Ipmi.Protocol.Sensors;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class WatchdogAndSystemInfoTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> App(byte command, string data = "", PrivilegeLevel privilege = PrivilegeLevel.Administrator) =>
        _harness.CallAsync(NetFn.App, command, data, privilege);

    [Test]
    public async Task Reset_before_set_is_0x80() =>
        Assert.That((await App(0x22)).Code, Is.EqualTo((CompletionCode)0x80));

    [Test, Description("SMS/OS use, hard reset, 1.0 s countdown (bmc-watchdog --set -u 4 -a 1 -i 1)")]
    public async Task Expiry_logs_a_watchdog_event_sets_the_flag_and_resets_the_host()
    {
        _harness.Power.On = true;
        var expired = new TaskCompletionSource();
        _harness.Handlers.Watchdog.Expired += () => expired.TrySetResult();
        Assert.That((await App(0x24, "04 01 00 00 0a 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await App(0x22, "", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        _harness.Time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.That(Hex.Of((await App(0x25, "", PrivilegeLevel.User)).Data), Is.EqualTo("44 01 00 00 0a 00 06 00"), "running, 0.6 s left");

        _harness.Time.Advance(TimeSpan.FromMilliseconds(600));
        await expired.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(_harness.Power.Actions, Is.EqualTo(new[] { "reset" }));
        Assert.That(Hex.Of((await App(0x25)).Data), Is.EqualTo("04 01 00 10 0a 00 00 00"), "stopped, SMS/OS expiration flag");
        Assert.That(_harness.Handlers.Sel.TryGet(0, out var entry, out _), Is.True);
        Assert.That(entry.Event.SensorType, Is.EqualTo(SensorType.Watchdog2));
        Assert.That(entry.Event.EventData1 & 0x0F, Is.EqualTo(0x01), "hard reset");
        Assert.That(Hex.Of((await _harness.CallAsync(NetFn.Chassis, 0x07, "")).Data), Is.EqualTo("04 00"), "restart cause: watchdog");
    }

    [Test]
    public async Task Set_stops_a_running_timer_and_clears_flags()
    {
        await App(0x24, "04 00 00 00 0a 00");
        await App(0x22);
        Assert.That((await App(0x24, "04 00 00 10 14 00")).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of((await App(0x25)).Data), Is.EqualTo("04 00 00 00 14 00 14 00"));
    }

    [Test]
    public async Task A_pre_timeout_longer_than_the_countdown_is_0xCC() =>
        Assert.That((await App(0x24, "04 21 05 00 0a 00")).Code, Is.EqualTo(CompletionCode.InvalidDataField));

    [Test, Description("system name 'node-7' (6 bytes) in block 0: encoding, length, text")]
    public async Task System_name_is_stored_in_blocks_and_persists()
    {
        Assert.That((await App(0x58, "02 00 00 06 6e 6f 64 65 2d 37 00 00 00 00 00 00 00 00")).Code, Is.EqualTo(CompletionCode.Normal));
        _harness.Reopen();
        var (code, data) = await App(0x59, "00 02 00 00", PrivilegeLevel.User);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("11 00 00 06 6e 6f 64 65 2d 37 00 00 00 00 00 00 00 00"));
    }

    [Test]
    public async Task A_long_string_continues_in_block_1()
    {
        await App(0x58, "06 00 00 14 68 74 74 70 3a 2f 2f 62 6d 63 2e 65 78 61");
        await App(0x58, "06 01 6d 70 6c 65 2f 00 00 00 00 00 00 00 00 00 00 00");
        Assert.That(Hex.Of((await App(0x59, "00 06 01 00")).Data), Is.EqualTo("11 01 6d 70 6c 65 2f 00 00 00 00 00 00 00 00 00 00 00"));
    }

    [Test]
    public async Task System_info_refusals()
    {
        Assert.That((await App(0x59, "00 08 00 00")).Code, Is.EqualTo((CompletionCode)0x80));
        Assert.That(Hex.Of((await App(0x59, "80 01 00 00")).Data), Is.EqualTo("11"), "revision only");
        Assert.That((await App(0x58, "02 00 00 01 41", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));
        Assert.That((await App(0x58, "00 01")).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await App(0x58, "00 01")).Code, Is.EqualTo((CompletionCode)0x81));
    }

    [Test]
    public async Task Get_device_id_announces_the_devices_the_node_has() =>
        Assert.That((await App(0x01)).Data[5], Is.EqualTo(0x8F), "chassis, FRU, SEL, SDR repository, sensor device");
}

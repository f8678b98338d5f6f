using Oem.Node;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Simulation;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class DemoBoardTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);
    private readonly ManualTimeProvider _time = new();

    [Test]
    public async Task Power_on_raises_power_good_then_temperature_and_watts_rise()
    {
        await using var node = DemoNode.Create(_time);
        var sensors = node.Sensors!;
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);
        var coldCpu = node.Board!.ValueOf("CPU Temp"); // main domain: the BMC does not read it while off
        var standbyWatts = sensors.Value("PSU1 Input");

        await _time.RunUntilAsync(node.Power!.PowerOnAsync().AsTask(), Step);
        var status = await node.Power.GetStatusAsync();
        await _time.PassAsync(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1));
        await node.Refresher.RefreshOnceAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((status.PowerOn, status.PowerFault, status.LastRestartCause), Is.EqualTo((true, false, RestartCause.ChassisControl)));
            Assert.That(node.Board!.PowerGood, Is.True);
            Assert.That(coldCpu, Is.EqualTo(DemoBoard.AmbientCelsius).Within(0.5));
            Assert.That(sensors.Value("CPU Temp"), Is.GreaterThan(50));
            Assert.That(standbyWatts, Is.LessThan(20));
            Assert.That(sensors.Value("PSU1 Input"), Is.EqualTo(220).Within(8));
            Assert.That(sensors.Value("12V"), Is.EqualTo(12.0).Within(0.01));
            Assert.That(sensors.Value("3.3V"), Is.EqualTo(3.3).Within(0.01));
            Assert.That(sensors.Value("Fan 1"), Is.GreaterThan(4000));
        }
    }

    [Test]
    public async Task Power_good_follows_the_button_after_a_short_delay()
    {
        await using var node = DemoNode.Create(_time);
        var gpio = node.Board!.Chip<SimulatedPca9555>(1, 0x20);
        node.Board.Buses[1].Write(0x20, [0x02, 0xFE, 0xFF]); // button pin 0 low (pressed, active-low)
        node.Board.Buses[1].Write(0x20, [0x06, 0xFE, 0xFF]); // pin 0 becomes an output
        _time.Advance(TimeSpan.FromMilliseconds(200));
        node.Board.Buses[1].Write(0x20, [0x02, 0xFF, 0xFF]); // released
        var powerGoodAtRelease = node.Board.PowerGood;
        _time.Advance(DemoBoard.PowerGoodDelay);
        var inputs = new byte[2];
        node.Board.Buses[1].WriteRead(0x20, [0x00], inputs);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((node.Board.HostOn, powerGoodAtRelease), Is.EqualTo((true, false)));
            Assert.That(node.Board.PowerGood, Is.True);
            Assert.That(inputs[0] & 0b10, Is.EqualTo(0b10), "the power-good input pin 1");
            Assert.That(gpio.GetLevel(1), Is.True);
        }
    }

    [Test]
    public async Task Force_off_holds_the_button_and_the_board_cools_down()
    {
        await using var node = DemoNode.Create(_time);
        await _time.RunUntilAsync(node.Power!.PowerOnAsync().AsTask(), Step);
        await _time.PassAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
        var hot = node.Board!.ValueOf("CPU Temp");

        await _time.RunUntilAsync(node.Power.PowerOffAsync(force: true).AsTask(), TimeSpan.FromMilliseconds(250));
        var status = await node.Power.GetStatusAsync();
        await _time.PassAsync(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(2));
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.PowerOn, Is.False);
            Assert.That(node.Board.HostOn, Is.False);
            Assert.That(hot, Is.GreaterThan(45));
            Assert.That(node.Board.ValueOf("CPU Temp"), Is.LessThan(hot - 15));
            Assert.That(node.Board.ValueOf("12V"), Is.EqualTo(0).Within(0.01));
            Assert.That(node.Board.ValueOf("Fan 1"), Is.EqualTo(0).Within(1));
            Assert.That(node.Sensors!.GetReading(node.Sensors.IndexOf("Fan 1")).HostOff, Is.True, "main domain, not scanned");
        }
    }

    [Test]
    public async Task Soft_off_is_a_short_press_the_os_acts_on()
    {
        await using var node = DemoNode.Create(_time);
        await _time.RunUntilAsync(node.Power!.PowerOnAsync().AsTask(), Step);
        await _time.RunUntilAsync(node.Power.SoftOffAsync().AsTask(), Step);
        var stillOn = node.Board!.HostOn;
        await _time.PassAsync(DemoBoard.ShutdownDelay + TimeSpan.FromMilliseconds(100), Step);
        Assert.That((stillOn, node.Board.HostOn), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Power_cycle_turns_off_then_on_again()
    {
        await using var node = DemoNode.Create(_time);
        await _time.RunUntilAsync(node.Power!.PowerOnAsync().AsTask(), Step);
        await _time.RunUntilAsync(node.Power.PowerCycleAsync().AsTask(), TimeSpan.FromMilliseconds(100));
        Assert.That((node.Board!.PowerGood, node.Power.LastRestartCause), Is.EqualTo((true, RestartCause.ChassisControl)));
    }

    [Test]
    public async Task Hard_reset_pulses_the_reset_pin()
    {
        await using var node = DemoNode.Create(_time);
        await _time.RunUntilAsync(node.Power!.HardResetAsync().AsTask(), Step);
        Assert.That((node.Board!.ResetPulses, node.Power.LastRestartCause), Is.EqualTo((1, RestartCause.ResetByCommand)));
    }

    [Test]
    public async Task A_power_up_nobody_commanded_is_counted_as_the_power_button()
    {
        await using var node = DemoNode.Create(_time);
        Assert.That((await node.Power!.GetStatusAsync()).PowerOn, Is.False);
        var bus = node.Board!.Buses[1];
        bus.Write(0x20, [0x02, 0xFE, 0xFF]);
        bus.Write(0x20, [0x06, 0xFE, 0xFF]);
        _time.Advance(TimeSpan.FromMilliseconds(300));
        bus.Write(0x20, [0x02, 0xFF, 0xFF]);
        _time.Advance(TimeSpan.FromSeconds(1));
        var status = await node.Power.GetStatusAsync();
        Assert.That((status.PowerOn, status.LastRestartCause), Is.EqualTo((true, RestartCause.PowerButton)));
    }

    [Test]
    public async Task Identify_led_follows_its_pin()
    {
        await using var node = DemoNode.Create(_time);
        await node.Identify!.SetAsync(true);
        var lit = node.Board!.IdentifyLit;
        await node.Identify.SetAsync(false);
        Assert.That((lit, node.Board.IdentifyLit, node.Identify.IsOn), Is.EqualTo((true, false, false)));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Oem.Chips.Pca9555;
using Oem.Chips.Register;
using Oem.Node;
using Oem.Node.Power;
using Oem.Platform;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Node;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ChassisPowerTests
{
    private readonly ManualTimeProvider _time = new();

    [Test]
    public async Task Power_on_that_never_gets_power_good_fails_with_a_confirmation_error()
    {
        await using var bench = new SimulatedBench(_time);
        var gpio = bench.Attach(0x20, new SimulatedPca9555());
        gpio.SetInput(1, false); // power-good stuck low: a dead power supply
        var profile = new PowerProfile { Chip = ChipKind.Pca9555, Bus = 1, Address = 0x20, ButtonPin = 0, PowerGoodPin = 1, ConfirmTimeoutMs = 2000 };
        var power = new Pca9555ChassisPower(new Pca9555Device(bench.Queue, 0x20), profile, _time, NullLogger.Instance);

        var attempt = power.PowerOnAsync().AsTask();
        var error = Assert.ThrowsAsync<PowerConfirmationException>(() => _time.RunUntilAsync(attempt, TimeSpan.FromMilliseconds(100)));
        var status = await power.GetStatusAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((error!.ExpectedPowerOn, error.Timeout), Is.EqualTo((true, TimeSpan.FromSeconds(2))));
            Assert.That((status.PowerOn, status.PowerFault, status.LastRestartCause), Is.EqualTo((false, true, RestartCause.Unknown)));
            Assert.That((gpio.IsOutput(0), gpio.GetLevel(0)), Is.EqualTo((true, true)), "the button is released after the press");
        }
    }

    [Test]
    public async Task Power_state_changes_are_reported_once_each_whether_read_or_confirmed()
    {
        await using var bench = new SimulatedBench(_time);
        var mcu = bench.Attach(0x30, new SimulatedRegisterMap());
        mcu.Written = (register, value) =>
        {
            if (register == 0x30)
                mcu[0x31] = (byte)(value == 0x01 ? 0x81 : 0x80);
        };
        mcu[0x31] = 0x80;
        var profile = ProfileLoader.Load(DemoNode.ProfilePath("vendor-mcu.json")).Power!;
        var power = new RegisterChassisPower(new RegisterDevice(bench.Queue, 0x30), profile, _time, NullLogger.Instance);
        var reported = new List<bool>();
        power.PowerStateChanged += (_, on) => reported.Add(on);

        await power.GetStatusAsync();
        await power.GetStatusAsync();
        await _time.RunUntilAsync(power.PowerOnAsync().AsTask(), TimeSpan.FromMilliseconds(100));
        await power.GetStatusAsync();
        mcu[0x31] = 0x80; // the host went off by itself (OS shutdown)
        await power.GetStatusAsync();

        Assert.That(reported, Is.EqualTo(new[] { false, true, false }));
    }

    [Test]
    public async Task Register_power_writes_the_vendor_action_and_confirms_from_the_state_register()
    {
        await using var bench = new SimulatedBench(_time);
        var mcu = bench.Attach(0x30, new SimulatedRegisterMap());
        mcu.Written = (register, value) =>
        {
            if (register == 0x30)
                mcu[0x31] = (byte)(value == 0x01 ? 0x81 : 0x80); // bit 0: host on; bit 7: always set by this firmware
        };
        var profile = ProfileLoader.Load(DemoNode.ProfilePath("vendor-mcu.json")).Power!;
        var power = new RegisterChassisPower(new RegisterDevice(bench.Queue, 0x30), profile, _time, NullLogger.Instance);

        await _time.RunUntilAsync(power.PowerOnAsync().AsTask(), TimeSpan.FromMilliseconds(100));
        var on = await power.GetStatusAsync();
        await _time.RunUntilAsync(power.PowerOffAsync().AsTask(), TimeSpan.FromMilliseconds(100));
        var off = await power.GetStatusAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((on.PowerOn, off.PowerOn), Is.EqualTo((true, false)));
            Assert.That(mcu[0x30], Is.EqualTo(0x00));
            Assert.That(power.SupportsHardReset, Is.True);
            Assert.That(power.SupportsDiagnosticInterrupt, Is.False);
        }
    }

    [Test]
    public async Task Diagnostic_interrupt_without_a_pin_is_not_supported()
    {
        await using var node = DemoNode.Create(_time);
        Assert.That(node.Power!.SupportsDiagnosticInterrupt, Is.False);
        Assert.Throws<NotSupportedException>(() => node.Power.DiagnosticInterruptAsync());
    }

    [Test]
    public async Task Pass_through_node_has_no_capabilities_of_its_own()
    {
        await using var node = new NodeFactory(_time, NullLoggerFactory.Instance).Create(ProfileLoader.Load(DemoNode.ProfilePath("ipmb-demo.json")));
        Assert.That((node.Identity.ProductId, node.Power, node.Sensors, node.Fru, node.I2c), Is.EqualTo(((ushort)3, (IChassisPower?)null, (ISensorSource?)null, (IFruStore?)null, (II2cAccess?)null)));
    }
}

using I2cBridge;
using I2cBridge.Simulated;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.Node;
using Oem.Node.Sensors;
using Oem.Platform;
using Oem.Tests.Handlers.Support;
using Oem.Tests.Support;

namespace Oem.Tests.Node;

/// <summary>Main-domain sensors are not scanned while the host is off: no bus read, no reading, no threshold event.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class PowerDomainTests
{
    private static readonly string[] MainDomain = ["CPU Temp", "DIMM Temp", "Fan 1", "Fan 2", "12V", "5V", "3.3V"];
    private static readonly string[] Standby = ["Inlet Temp", "PSU1 Input", "PSU1 Temp"];

    private readonly ManualTimeProvider _time = new();

    [Test]
    public void Demo_profile_puts_host_rails_fans_and_cpu_on_the_main_domain()
    {
        var sensors = DemoNode.Profile().Sensors.ToDictionary(s => s.Name, s => s.PowerDomain);
        Assert.That(sensors, Is.EqualTo(MainDomain.Select(n => KeyValuePair.Create(n, PowerDomain.Main))
            .Concat(Standby.Select(n => KeyValuePair.Create(n, PowerDomain.Standby))).ToDictionary()));
    }

    [Test]
    public async Task Host_off_leaves_main_domain_sensors_unread_and_raises_no_events()
    {
        await using var node = DemoNode.Create(_time);
        var sensors = node.Sensors!;
        var events = new List<ThresholdCrossing>();
        sensors.ThresholdCrossed += (_, e) => events.Add(e);
        // The fan controller NACKs: a read attempt would show up as a Nack failure instead of "host off".
        node.Board!.Buses[1].Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.NackOnAddress, Address = 0x2E, Persistent = true });

        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);

        var fan = sensors.GetReading(sensors.IndexOf("Fan 1"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fan, Is.EqualTo(new SensorReading(null, null, null, HostOff: true)));
            Assert.That(fan.IsInitializing, Is.False);
            foreach (var name in MainDomain)
                Assert.That(sensors.GetReading(sensors.IndexOf(name)).HostOff, Is.True, name);
            foreach (var name in Standby)
                Assert.That(sensors.GetReading(sensors.IndexOf(name)).IsAvailable, Is.True, name);
            Assert.That(events.Select(e => e.SensorName).Intersect(MainDomain), Is.Empty);
        }
    }

    [Test]
    public async Task Power_on_resumes_readings_and_events_and_power_off_resets_assertions_quietly()
    {
        await using var node = DemoNode.Create(_time);
        var sensors = node.Sensors!;
        var cpu = sensors.IndexOf("CPU Temp");
        sensors.SetThresholds(cpu, new SensorThresholds { UpperNonCritical = 40, UpperCritical = 95 });
        var events = new List<ThresholdCrossing>();
        sensors.ThresholdCrossed += (_, e) => events.Add(e);
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);

        await _time.RunUntilAsync(node.Power!.PowerOnAsync().AsTask(), TimeSpan.FromMilliseconds(50));
        await _time.PassAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
        await node.Refresher.RefreshOnceAsync(CancellationToken.None);
        var refreshedAt = _time.GetUtcNow();
        var on = (Fan: sensors.GetReading(sensors.IndexOf("Fan 1")), Cpu: sensors.GetReading(cpu));
        var afterOn = events.Where(e => e.SensorIndex == cpu).ToArray();

        await _time.RunUntilAsync(node.Power.PowerOffAsync(force: true).AsTask(), TimeSpan.FromMilliseconds(250));
        await node.Refresher.RefreshOnceAsync(CancellationToken.None);
        var off = sensors.GetReading(cpu);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(on.Fan.Value, Is.GreaterThan(1500), "the fan spins with the host on");
            Assert.That((on.Cpu.HostOff, on.Cpu.LastSuccess), Is.EqualTo((false, (DateTimeOffset?)refreshedAt)));
            Assert.That(afterOn.Select(e => (e.Level, e.Asserted)), Is.EqualTo(new[] { (ThresholdLevel.UpperNonCritical, true) }));
            Assert.That((off.HostOff, off.Value, off.LastSuccess), Is.EqualTo((true, (double?)null, on.Cpu.LastSuccess)));
            Assert.That(events.Count(e => e.SensorIndex == cpu), Is.EqualTo(1), "no deassertion when scanning stops");
        }
    }

    [Test]
    public async Task Power_state_is_read_once_per_cycle_and_main_channels_only_while_on()
    {
        var definitions = new[] { Define(0, "Inlet", PowerDomain.Standby), Define(1, "Fan", PowerDomain.Main) };
        var cache = new SensorCache(definitions, TimeSpan.FromSeconds(1));
        var reads = new int[2];
        var channels = definitions.Select(d => new SensorChannel(d.Index, 1, _ =>
        {
            reads[d.Index]++;
            return ValueTask.FromResult(5000.0);
        })).ToArray();
        var power = new FakePower();
        var refresher = new SensorRefresher(cache, channels, _time, NullLogger<SensorRefresher>.Instance, power);

        await refresher.RefreshOnceAsync(CancellationToken.None);
        await refresher.RefreshOnceAsync(CancellationToken.None);
        var whileOff = (reads[0], reads[1], power.StatusReads, cache.GetReading(1).HostOff);
        power.On = true;
        await refresher.RefreshOnceAsync(CancellationToken.None);

        Assert.That(whileOff, Is.EqualTo((2, 0, 2, true)));
        Assert.That((reads[0], reads[1], power.StatusReads, cache.GetReading(1).Value), Is.EqualTo((3, 1, 3, (double?)5000)));
    }

    [Test]
    public async Task Without_power_control_the_host_counts_as_on()
    {
        var cache = new SensorCache([Define(0, "Fan", PowerDomain.Main)], TimeSpan.FromSeconds(1));
        var refresher = new SensorRefresher(cache, [new SensorChannel(0, 1, _ => ValueTask.FromResult(4200.0))], _time, NullLogger<SensorRefresher>.Instance);

        await refresher.RefreshOnceAsync(CancellationToken.None);

        Assert.That((cache.GetReading(0).Value, cache.GetReading(0).HostOff), Is.EqualTo(((double?)4200, false)));
    }

    private static SensorDefinition Define(int index, string name, PowerDomain domain) =>
        SensorDefaults.Define(index, new SensorProfile { Name = name, Kind = SensorKind.Fan, Chip = ChipKind.Emc2305, Bus = 1, Address = 0x2E, Channel = 1, PowerDomain = domain });
}

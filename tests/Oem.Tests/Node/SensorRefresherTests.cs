using I2cBridge;
using I2cBridge.Simulated;
using Oem.Node;
using Oem.Platform;
using Oem.Tests.Support;

namespace Oem.Tests.Node;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class SensorRefresherTests
{
    private readonly ManualTimeProvider _time = new();

    [Test]
    public async Task Readings_are_initializing_before_the_first_refresh()
    {
        await using var node = DemoNode.Create(_time);
        Assert.That(node.Sensors!.GetReading(0).IsInitializing, Is.True);
    }

    [Test]
    public async Task Nacking_chip_is_unavailable_and_recovers_when_the_fault_clears()
    {
        await using var node = DemoNode.Create(_time);
        var sensors = node.Sensors!;
        var inlet = sensors.IndexOf("Inlet Temp");
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);
        var firstSuccess = sensors.GetReading(inlet).LastSuccess;

        var faults = node.Board!.Buses[1].Faults;
        faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.NackOnAddress, Address = 0x48, Persistent = true });
        _time.Advance(TimeSpan.FromSeconds(1));
        await node.Refresher.RefreshOnceAsync(CancellationToken.None);
        var failed = sensors.GetReading(inlet);
        var neighbour = sensors.GetReading(sensors.IndexOf("PSU1 Temp"));

        faults.Clear();
        _time.Advance(TimeSpan.FromSeconds(1));
        await node.Refresher.RefreshOnceAsync(CancellationToken.None);
        var recovered = sensors.GetReading(inlet);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((failed.IsAvailable, failed.Failure, failed.LastSuccess), Is.EqualTo((false, (I2cFailure?)I2cFailure.Nack, firstSuccess)));
            Assert.That(neighbour.IsAvailable, Is.True);
            Assert.That((recovered.IsAvailable, recovered.Value), Is.EqualTo((true, (double?)DemoBoard_Ambient)));
            Assert.That(recovered.LastSuccess, Is.EqualTo(_time.GetUtcNow()));
        }
    }

    private const double DemoBoard_Ambient = Oem.Simulation.DemoBoard.AmbientCelsius;

    [Test]
    public async Task Fault_from_the_profile_makes_that_sensor_unavailable()
    {
        var profile = DemoNode.Profile();
        profile = profile with
        {
            Buses = [profile.Buses[0] with { Faults = [new FaultProfile { Kind = FaultKind.Nack, Address = 0x48 }] }],
        };
        await using var node = DemoNode.Create(_time, profile);
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);
        var inlet = node.Sensors!.GetReading(node.Sensors.IndexOf("Inlet Temp"));
        Assert.That((inlet.IsAvailable, inlet.Failure, node.Sensors.GetReading(node.Sensors.IndexOf("PSU1 Temp")).IsAvailable),
            Is.EqualTo((false, (I2cFailure?)I2cFailure.Nack, true)));
    }

    [Test]
    public async Task Persistent_bad_pec_on_the_psu_is_a_failed_reading_not_a_wrong_one()
    {
        await using var node = DemoNode.Create(_time);
        node.Board!.Buses[1].Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec, Address = 0x58, Persistent = true });
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);
        var reading = node.Sensors!.GetReading(node.Sensors.IndexOf("PSU1 Input"));
        Assert.That((reading.Value, reading.Failure), Is.EqualTo(((double?)null, (I2cFailure?)I2cFailure.BadPec)));
    }

    [Test, Description("Runs the hosted refresher on manual time: after every period each reading is at most one period old")]
    public async Task Background_refresh_keeps_every_reading_within_one_period()
    {
        await using var node = DemoNode.Create(_time);
        var refresher = node.Refresher!;
        var period = node.Sensors!.RefreshPeriod;
        await refresher.StartAsync(CancellationToken.None);
        await WaitForCycles(refresher, 1);
        for (var cycle = 2; cycle <= 6; cycle++)
        {
            _time.Advance(period);
            await WaitForCycles(refresher, cycle);
            var now = _time.GetUtcNow();
            // The host is off: main-domain sensors are not scanned, so only the standby ones have fresh readings.
            foreach (var i in Enumerable.Range(0, node.Sensors.Sensors.Count).Where(i => node.Sensors.Sensors[i].PowerDomain == PowerDomain.Standby))
                Assert.That(now - node.Sensors.GetReading(i).LastSuccess, Is.LessThanOrEqualTo(period), node.Sensors.Sensors[i].Name);
        }
        await refresher.StopAsync(CancellationToken.None);
        Assert.That(period, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Crossing_a_threshold_raises_assert_then_deassert_past_the_hysteresis()
    {
        // CPU Temp moved to standby: on the main domain it stops being scanned (quietly) once the host is off.
        var profile = DemoNode.Profile();
        profile = profile with { Sensors = profile.Sensors.Select(s => s.Name == "CPU Temp" ? s with { PowerDomain = PowerDomain.Standby } : s).ToArray() };
        await using var node = DemoNode.Create(_time, profile);
        var sensors = node.Sensors!;
        var cpu = sensors.IndexOf("CPU Temp");
        sensors.SetThresholds(cpu, new SensorThresholds { UpperNonCritical = 40, UpperCritical = 95 });
        var events = new List<ThresholdCrossing>();
        sensors.ThresholdCrossed += (_, e) => events.Add(e);

        await _time.RunUntilAsync(node.Power!.PowerOnAsync().AsTask(), TimeSpan.FromMilliseconds(50));
        await _time.PassAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);
        await _time.RunUntilAsync(node.Power.PowerOffAsync(force: true).AsTask(), TimeSpan.FromMilliseconds(250));
        await _time.PassAsync(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(2));
        await node.Refresher.RefreshOnceAsync(CancellationToken.None);

        Assert.That(events.Where(e => e.SensorIndex == cpu).Select(e => (e.SensorName, e.Level, e.Asserted, e.Threshold)).ToArray(), Is.EqualTo(new[]
        {
            ("CPU Temp", ThresholdLevel.UpperNonCritical, true, 40.0),
            ("CPU Temp", ThresholdLevel.UpperNonCritical, false, 40.0),
        }));
    }

    [Test]
    public async Task Thresholds_out_of_order_are_refused()
    {
        await using var node = DemoNode.Create(_time);
        Assert.Throws<ArgumentException>(() => node.Sensors!.SetThresholds(0, new SensorThresholds { UpperNonCritical = 50, UpperCritical = 40 }));
    }

    [Test, Description("A single corrupted PSU read is retried by the bus queue (reads are idempotent): the reading stays good")]
    public async Task One_bad_pec_is_retried_and_the_reading_is_good()
    {
        await using var node = DemoNode.Create(_time);
        node.Board!.Buses[1].Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec, Address = 0x58 });
        await node.Refresher!.RefreshOnceAsync(CancellationToken.None);
        Assert.That(node.Sensors!.GetReading(node.Sensors.IndexOf("PSU1 Input")).IsAvailable, Is.True);
        Assert.That(node.Queues[1].Statistics.Errors(I2cFailure.BadPec), Is.EqualTo(1));
    }

    private static async Task WaitForCycles(Oem.Node.Sensors.SensorRefresher refresher, long cycles)
    {
        for (var i = 0; i < 500 && refresher.Cycles < cycles; i++)
            await Task.Delay(5);
        Assert.That(refresher.Cycles, Is.GreaterThanOrEqualTo(cycles));
    }
}

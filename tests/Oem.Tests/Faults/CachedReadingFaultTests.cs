using I2cBridge.Simulated;
using Ipmi.Protocol;

namespace Oem.Tests.Faults;

/// <summary>
/// Sensor readings and DCMI power come from the sensor cache, never from the bus on the request's path: a bus fault
/// makes the sensor "reading unavailable" (Get Sensor Reading, IPMI v2.0 §35.14, Table 35-15: byte 2 bit 5) and
/// DCMI's power measurement inactive (DCMI v1.5 §6.6.1, Table 6-16: power reading state bit 6 clear), answered with
/// 0x00 at network speed; once the fault clears, the next refresh brings the reading back.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CachedReadingFaultTests : IAsyncDisposable
{
    private const byte ReadingUnavailable = 0x20;
    private const byte MeasurementActive = 0x40;
    private const int PowerReadingState = 17;

    private readonly FaultBench _bench = new();

    public ValueTask DisposeAsync() => _bench.DisposeAsync();

    private static IEnumerable<TestCaseData> Table()
    {
        var inlet = Commands.InletReading;
        var psu = Commands.PsuReading;
        yield return Row(inlet, new() { Kind = SimulatedFaultKind.NackOnAddress });
        yield return Row(inlet, new() { Kind = SimulatedFaultKind.NackAfterBytes, AfterBytes = 0 });
        yield return Row(inlet, new() { Kind = SimulatedFaultKind.Timeout });
        yield return Row(inlet, new() { Kind = SimulatedFaultKind.StuckBus });
        yield return Row(psu, new() { Kind = SimulatedFaultKind.NackOnAddress });
        yield return Row(psu, new() { Kind = SimulatedFaultKind.Timeout });
        yield return Row(psu, new() { Kind = SimulatedFaultKind.BadPec });
        yield return Row(psu, new() { Kind = SimulatedFaultKind.CorruptByte, ByteIndex = 0 }, "PEC catches a flipped data byte");
        yield return Row(psu, new() { Kind = SimulatedFaultKind.CorruptByte, ByteIndex = 1 }, "PEC catches a flipped data byte");
    }

    private static TestCaseData Row(BenchCommand sensor, SimulatedFault fault, string? description = null) =>
        new TestCaseData(sensor, fault with { Address = sensor.Address, Persistent = true })
        {
            TestName = $"{sensor.Name.Replace(' ', '_')}_under_{fault.Kind}{(fault.Kind == SimulatedFaultKind.CorruptByte ? $"_byte_{fault.ByteIndex}" : "")}_is_unavailable_then_recovers",
        }.SetDescription(description ?? "");

    [TestCaseSource(nameof(Table))]
    public async Task Sensor_reading(BenchCommand sensor, SimulatedFault fault)
    {
        await _bench.RefreshAsync();
        var healthy = await _bench.CallAsync(sensor);

        _bench.Faults.Inject(fault);
        await _bench.RefreshAsync();
        var faulty = await _bench.CallAsync(sensor);
        var sdr = await _bench.CallAsync(Commands.GetSdr);

        _bench.Faults.Clear();
        await _bench.RefreshAsync();
        var recovered = await _bench.CallAsync(sensor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((healthy.Code, healthy.Data[1] & ReadingUnavailable), Is.EqualTo((CompletionCode.Normal, 0)), "before");
            Assert.That((faulty.Code, faulty.Data[1] & ReadingUnavailable), Is.EqualTo((CompletionCode.Normal, ReadingUnavailable)), "while faulty");
            Assert.That(sdr.Code, Is.EqualTo(CompletionCode.Normal), "SDR while faulty");
            Assert.That((recovered.Code, recovered.Data[1] & ReadingUnavailable, recovered.Data[0]),
                Is.EqualTo((CompletionCode.Normal, 0, healthy.Data[0])), "after the fault cleared: available, same raw reading");
        }
    }

    [TestCase(SimulatedFaultKind.NackOnAddress)]
    [TestCase(SimulatedFaultKind.Timeout)]
    [TestCase(SimulatedFaultKind.StuckBus)]
    [TestCase(SimulatedFaultKind.BadPec)]
    [TestCase(SimulatedFaultKind.CorruptByte)]
    public async Task Dcmi_power_reading_is_inactive_while_the_psu_fails_and_active_again_after(SimulatedFaultKind kind)
    {
        await _bench.RefreshAsync();
        var healthy = await _bench.CallAsync(Commands.PowerReading);

        _bench.Faults.Inject(new SimulatedFault { Kind = kind, Address = Commands.Psu, Persistent = true });
        await _bench.RefreshAsync();
        var faulty = await _bench.CallAsync(Commands.PowerReading);

        _bench.Faults.Clear();
        await _bench.RefreshAsync();
        var recovered = await _bench.CallAsync(Commands.PowerReading);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((healthy.Code, healthy.Data[PowerReadingState]), Is.EqualTo((CompletionCode.Normal, MeasurementActive)), "before");
            Assert.That((faulty.Code, faulty.Data[PowerReadingState]), Is.EqualTo((CompletionCode.Normal, (byte)0)), "while faulty");
            Assert.That((recovered.Code, recovered.Data[PowerReadingState]), Is.EqualTo((CompletionCode.Normal, MeasurementActive)), "after");
        }
    }

    [Test]
    public async Task One_bad_pec_on_the_psu_is_retried_and_the_reading_stays_available()
    {
        _bench.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec, Address = Commands.Psu });
        await _bench.RefreshAsync();
        var psu = await _bench.CallAsync(Commands.PsuReading);
        Assert.That((psu.Code, psu.Data[1] & ReadingUnavailable), Is.EqualTo((CompletionCode.Normal, 0)));
        Assert.That(_bench.Queue.Statistics.Retries, Is.EqualTo(1));
    }

    [Test, Description("A fault on one chip leaves the other sensors of the same bus readable")]
    public async Task A_failing_chip_does_not_take_its_bus_neighbours_with_it()
    {
        _bench.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.StuckBus, Address = Commands.InletLm75, Persistent = true });
        await _bench.RefreshAsync();
        var psu = await _bench.CallAsync(Commands.PsuReading);
        Assert.That((psu.Code, psu.Data[1] & ReadingUnavailable), Is.EqualTo((CompletionCode.Normal, 0)));
    }
}

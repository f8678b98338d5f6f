using I2cBridge.Simulated;
using Ipmi.Protocol;

namespace Oem.Tests.Faults;

/// <summary>
/// DESIGN.md, Reliability: "a NACK or timeout becomes a completion code (0xC3 timeout, 0xCE response unavailable,
/// 0x83 NAK on Master Write-Read) ... never a hung request or a crash". Every fault kind of the simulated bus,
/// persistent on the chip a command reaches, against every command group that goes to the bus on the request's
/// path; the bus-free commands keep answering meanwhile, and once the fault is cleared everything answers 0x00.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class BusFaultCompletionCodeTests : IAsyncDisposable
{
    private const CompletionCode NakOnWrite = (CompletionCode)0x83;

    private readonly FaultBench _bench = new();

    public ValueTask DisposeAsync() => _bench.DisposeAsync();

    private static IEnumerable<TestCaseData> Table()
    {
        (SimulatedFaultKind Kind, CompletionCode Code, CompletionCode MasterWriteRead)[] kinds =
        [
            (SimulatedFaultKind.NackOnAddress, CompletionCode.ResponseUnavailable, NakOnWrite),
            (SimulatedFaultKind.NackAfterBytes, CompletionCode.ResponseUnavailable, NakOnWrite),
            (SimulatedFaultKind.Timeout, CompletionCode.Timeout, CompletionCode.Timeout),
            (SimulatedFaultKind.StuckBus, CompletionCode.Timeout, CompletionCode.Timeout),
        ];
        foreach (var command in Commands.OnTheBus)
        {
            foreach (var (kind, code, masterWriteRead) in kinds)
            {
                var expected = command == Commands.MasterWriteRead ? masterWriteRead : code;
                yield return new TestCaseData(command, kind, expected).SetName($"{command.Name.Replace(' ', '_')}_under_{kind}_answers_0x{(byte)expected:X2}");
            }
        }
    }

    [TestCaseSource(nameof(Table))]
    public async Task Persistent_fault_is_a_completion_code_and_clearing_it_restores_the_command(BenchCommand command, SimulatedFaultKind kind, CompletionCode expected)
    {
        _bench.Faults.Inject(new SimulatedFault { Kind = kind, Address = command.Address, AfterBytes = 0, Persistent = true });

        var (code, _) = await _bench.CallAsync(command);
        var offTheBus = new List<CompletionCode>();
        foreach (var free in Commands.OffTheBus)
            offTheBus.Add((await _bench.CallAsync(free)).Code);

        _bench.Faults.Clear();
        var (after, _) = await _bench.CallAsync(command);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(expected), "while faulty");
            Assert.That(offTheBus, Is.All.EqualTo(CompletionCode.Normal), "SDR and SEL while the bus is faulty");
            Assert.That(after, Is.EqualTo(CompletionCode.Normal), "after the fault cleared");
        }
    }

    [TestCaseSource(typeof(Commands), nameof(Commands.OnTheBus))]
    public async Task Full_queue_is_0xC0_node_busy_and_the_worker_serves_again_once_it_drains(BenchCommand command)
    {
        CompletionCode busy;
        var offTheBus = new List<CompletionCode>();
        await using (await _bench.FillQueueAsync())
        {
            busy = (await _bench.CallAsync(command)).Code;
            foreach (var free in Commands.OffTheBus)
                offTheBus.Add((await _bench.CallAsync(free)).Code);
        }
        var after = (await _bench.CallAsync(command)).Code;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(busy, Is.EqualTo(CompletionCode.NodeBusy));
            Assert.That(offTheBus, Is.All.EqualTo(CompletionCode.Normal));
            Assert.That(after, Is.EqualTo(CompletionCode.Normal));
        }
    }

    [Test, Description("A stuck bus (SDA held low) fails the transaction that meets it; the queue's recovery frees the bus for the next one")]
    public async Task One_stuck_bus_is_0xC3_then_recovered_without_clearing()
    {
        _bench.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.StuckBus, Address = Commands.Eeprom });

        var stuck = (await _bench.CallAsync(Commands.FruRead)).Code;
        var next = (await _bench.CallAsync(Commands.ChassisStatus)).Code;

        Assert.That((stuck, next, _bench.Faults.IsStuck), Is.EqualTo((CompletionCode.Timeout, CompletionCode.Normal, false)));
        Assert.That(_bench.Queue.Statistics.Recoveries, Is.EqualTo(1));
    }

    [Test]
    public async Task One_timeout_on_a_read_is_retried_and_answered()
    {
        _bench.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.Timeout, Address = Commands.Eeprom });
        var (code, data) = await _bench.CallAsync(Commands.FruRead);
        Assert.That((code, data[0], data[1]), Is.EqualTo((CompletionCode.Normal, (byte)0x10, (byte)0x01)), "count 16, FRU header format version 1");
        Assert.That(_bench.Queue.Statistics.Retries, Is.EqualTo(1));
    }

    [Test, Description("A NACK may mean the part is busy writing; a write is never retried, so a one-shot NACK on a FRU write is 0xCE")]
    public async Task One_nack_on_a_fru_write_is_not_retried() =>
        await AssertOnce(Commands.FruWrite, SimulatedFaultKind.NackOnAddress, CompletionCode.ResponseUnavailable);

    [Test]
    public async Task One_nack_on_master_write_read_is_0x83_and_the_next_one_succeeds() =>
        await AssertOnce(Commands.MasterWriteRead, SimulatedFaultKind.NackOnAddress, NakOnWrite);

    private async Task AssertOnce(BenchCommand command, SimulatedFaultKind kind, CompletionCode expected)
    {
        _bench.Faults.Inject(new SimulatedFault { Kind = kind, Address = command.Address });
        var first = (await _bench.CallAsync(command)).Code;
        var second = (await _bench.CallAsync(command)).Code;
        Assert.That((first, second), Is.EqualTo((expected, CompletionCode.Normal)));
    }
}

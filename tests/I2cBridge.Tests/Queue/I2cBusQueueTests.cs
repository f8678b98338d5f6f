using I2cBridge.Queue;
using I2cBridge.Simulated;
using I2cBridge.Tests.Support;

namespace I2cBridge.Tests.Queue;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class I2cBusQueueTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);
    private readonly SimulatedI2cBus _bus = new(1);
    private readonly SimulatedRegisterFile _eeprom = new([0x11, 0x22, 0x33]);

    public I2cBusQueueTests() => _bus.Attach(0x50, _eeprom);

    [TearDown]
    public void Dispose() => _bus.Dispose();

    private static byte ReadFirst(I2cBus bus)
    {
        Span<byte> b = stackalloc byte[1];
        bus.WriteRead(0x50, [0x00], b);
        return b[0];
    }

    [Test]
    public async Task ExecuteAsync_runs_the_transaction_on_the_bus_and_returns_its_result()
    {
        await using var queue = new I2cBusQueue(_bus);

        var value = await queue.ExecuteAsync(ReadFirst, new I2cTransactionOptions(Generous, true));

        Assert.That(value, Is.EqualTo(0x11));
        Assert.That(queue.Statistics.Transactions, Is.EqualTo(1));
        Assert.That(queue.Statistics.Succeeded, Is.EqualTo(1));
    }

    [Test]
    public async Task Transactions_run_one_at_a_time_in_queue_order()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { Capacity = 64 });
        var running = 0;
        var maxRunning = 0;
        var order = new List<int>();
        var tasks = Enumerable.Range(0, 20).Select(i => queue.ExecuteAsync((_, n) =>
        {
            var now = Interlocked.Increment(ref running);
            maxRunning = Math.Max(maxRunning, now);
            order.Add(n);
            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return n;
        }, i, new I2cTransactionOptions(Generous)).AsTask()).ToArray();

        await Task.WhenAll(tasks);

        Assert.That(maxRunning, Is.EqualTo(1));
        Assert.That(order, Is.EqualTo(Enumerable.Range(0, 20)));
    }

    [Test]
    public async Task A_full_queue_refuses_at_once_with_BusBusy()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { Capacity = 2 });
        using var gate = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var blocker = queue.ExecuteAsync(_ => { started.Set(); gate.Wait(Generous); return 0; }, new I2cTransactionOptions(Generous));
        Assert.That(started.Wait(Generous), Is.True);
        var waiting = new[]
        {
            queue.ExecuteAsync(_ => 1, new I2cTransactionOptions(Generous)),
            queue.ExecuteAsync(_ => 2, new I2cTransactionOptions(Generous)),
        };

        var refused = queue.ExecuteAsync(_ => 3, new I2cTransactionOptions(Generous));

        Assert.That(refused.IsFaulted, Is.True);
        var e = Assert.ThrowsAsync<I2cException>(async () => await refused)!;
        Assert.That(e.Failure, Is.EqualTo(I2cFailure.BusBusy));
        gate.Set();
        await blocker;
        Assert.That(await waiting[0] + await waiting[1], Is.EqualTo(3));
        Assert.That(queue.Statistics.Rejected, Is.EqualTo(1));
    }

    [Test]
    public async Task A_transaction_whose_deadline_passes_in_the_queue_fails_with_Timeout_without_touching_the_bus()
    {
        var time = new ManualTimeProvider();
        await using var queue = new I2cBusQueue(_bus, time: time);
        using var gate = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var blocker = queue.ExecuteAsync(_ => { started.Set(); gate.Wait(Generous); return 0; }, new I2cTransactionOptions(TimeSpan.FromHours(1)));
        Assert.That(started.Wait(Generous), Is.True);
        var touched = false;
        var late = queue.ExecuteAsync(bus => { touched = true; return ReadFirst(bus); }, new I2cTransactionOptions(TimeSpan.FromMilliseconds(50), true));

        time.Advance(TimeSpan.FromMilliseconds(60));

        var e = Assert.ThrowsAsync<I2cException>(async () => await late)!;
        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Timeout));
        gate.Set();
        await blocker;
        await queue.ExecuteAsync(_ => 0, new I2cTransactionOptions(TimeSpan.FromHours(1))); // the worker has passed the expired one
        Assert.That(touched, Is.False);
        Assert.That(_bus.Transfers, Is.EqualTo(0));
        Assert.That(queue.Statistics.Expired, Is.EqualTo(1));
    }

    [Test]
    public async Task Idempotent_reads_are_retried_a_bounded_number_of_times()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { MaxRetries = 2, RecoveryThreshold = 10 });
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.Timeout });
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.Timeout });

        var value = await queue.ExecuteAsync(ReadFirst, new I2cTransactionOptions(Generous, Idempotent: true));

        Assert.That(value, Is.EqualTo(0x11));
        Assert.That(queue.Statistics.Retries, Is.EqualTo(2));
        Assert.That(queue.Statistics.Errors(I2cFailure.Timeout), Is.EqualTo(2));
        Assert.That(_bus.Transfers, Is.EqualTo(3));
    }

    [Test]
    public async Task Retries_stop_after_MaxRetries()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { MaxRetries = 2, RecoveryThreshold = 10 });
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.Timeout, Persistent = true });

        var e = Assert.ThrowsAsync<I2cException>(async () => await queue.ExecuteAsync(ReadFirst, new I2cTransactionOptions(Generous, true)))!;

        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Timeout));
        Assert.That(_bus.Transfers, Is.EqualTo(3));
    }

    [Test]
    public async Task Writes_are_not_retried()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { MaxRetries = 2 });
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.Timeout });

        Assert.ThrowsAsync<I2cException>(async () => await queue.ExecuteAsync(
            b => { b.Write(0x50, [0x00, 0x99]); return 0; }, I2cTransactionOptions.Write));

        Assert.That(_bus.Transfers, Is.EqualTo(1));
        Assert.That(_eeprom[0], Is.EqualTo(0x11));
    }

    [Test]
    public async Task A_NACK_is_not_retried_even_for_reads()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { MaxRetries = 5 });

        var e = Assert.ThrowsAsync<I2cException>(async () => await queue.ExecuteAsync(
            b => { b.Read(0x51, new byte[1]); return 0; }, I2cTransactionOptions.Read))!;

        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Nack));
        Assert.That(_bus.Transfers, Is.EqualTo(1));
        Assert.That(queue.Statistics.Retries, Is.EqualTo(0));
    }

    [Test]
    public async Task A_stuck_bus_is_recovered_after_consecutive_timeouts()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { MaxRetries = 0, RecoveryThreshold = 3 });
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.StuckBus });

        for (var i = 0; i < 3; i++)
            Assert.ThrowsAsync<I2cException>(async () => await queue.ExecuteAsync(ReadFirst, I2cTransactionOptions.Read));
        var value = await queue.ExecuteAsync(ReadFirst, I2cTransactionOptions.Read);

        Assert.That(value, Is.EqualTo(0x11));
        Assert.That(_bus.Recoveries, Is.EqualTo(1));
        Assert.That(queue.Statistics.Recoveries, Is.EqualTo(1));
    }

    [Test]
    public async Task A_retried_read_recovers_a_stuck_bus_within_one_call()
    {
        await using var queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { MaxRetries = 3, RecoveryThreshold = 2 });
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.StuckBus });

        var value = await queue.ExecuteAsync(ReadFirst, new I2cTransactionOptions(Generous, true));

        Assert.That(value, Is.EqualTo(0x11));
        Assert.That(queue.Statistics.Recoveries, Is.EqualTo(1));
    }

    [Test]
    public async Task Counters_account_errors_by_kind_and_bus_time()
    {
        var time = new ManualTimeProvider();
        await using var queue = new I2cBusQueue(_bus, time: time);

        await queue.ExecuteAsync(b => { time.Advance(TimeSpan.FromMilliseconds(3)); return ReadFirst(b); }, new I2cTransactionOptions(TimeSpan.FromHours(1)));
        Assert.ThrowsAsync<I2cException>(async () => await queue.ExecuteAsync(b => { b.Read(0x70, new byte[1]); return 0; }, new I2cTransactionOptions(TimeSpan.FromHours(1))));
        Assert.ThrowsAsync<InvalidOperationException>(async () => await queue.ExecuteAsync<int>(_ => throw new InvalidOperationException(), new I2cTransactionOptions(TimeSpan.FromHours(1))));

        var stats = queue.Statistics;
        Assert.That((stats.Transactions, stats.Succeeded, stats.Errors(I2cFailure.Nack), stats.OtherErrors), Is.EqualTo((3L, 1L, 1L, 1L)));
        Assert.That(stats.BusTime, Is.EqualTo(TimeSpan.FromMilliseconds(3)));
    }

    [Test]
    public async Task Cancellation_while_queued_releases_the_caller()
    {
        await using var queue = new I2cBusQueue(_bus);
        using var gate = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var blocker = queue.ExecuteAsync(_ => { started.Set(); gate.Wait(Generous); return 0; }, new I2cTransactionOptions(Generous));
        Assert.That(started.Wait(Generous), Is.True);
        using var cts = new CancellationTokenSource();
        var waiting = queue.ExecuteAsync(_ => 1, new I2cTransactionOptions(Generous), cts.Token);

        await cts.CancelAsync();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        gate.Set();
        await blocker;
    }
}

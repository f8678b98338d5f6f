using System.Collections.Concurrent;

namespace I2cBridge.Queue;

/// <summary>
/// The one queue of one physical bus: transactions run one at a time on a dedicated worker thread, each with a
/// deadline; a full queue refuses at once with <see cref="I2cFailure.BusBusy"/>; idempotent transactions are
/// retried a bounded number of times; repeated timeouts trigger <see cref="I2cBus.Recover"/>.
/// </summary>
public sealed partial class I2cBusQueue : IAsyncDisposable
{
    private readonly I2cBus _bus;
    private readonly I2cBusQueueOptions _options;
    private readonly TimeProvider _time;
    private readonly BlockingCollection<QueuedTransaction> _pending;
    private readonly I2cBusCounters _counters = new();
    private readonly Thread _worker;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _consecutiveTimeouts;
    private volatile bool _disposed;

    public I2cBusQueue(I2cBus bus, I2cBusQueueOptions? options = null, TimeProvider? time = null)
    {
        _bus = bus;
        _options = options ?? new I2cBusQueueOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Capacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxRetries, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.RecoveryThreshold, 1, nameof(options));
        _time = time ?? TimeProvider.System;
        _pending = new BlockingCollection<QueuedTransaction>(new ConcurrentQueue<QueuedTransaction>(), _options.Capacity);
        _worker = new Thread(Run) { IsBackground = true, Name = $"i2c-bus-{bus.BusId}" };
        _worker.Start();
    }

    public int BusId => _bus.BusId;

    /// <summary>Transactions waiting behind the running one.</summary>
    public int Pending => _pending.Count;

    public I2cBusStatistics Statistics => _counters.Snapshot(_bus.BusId);

    /// <summary>Queues <paramref name="transaction"/>; the state overload avoids a closure on hot paths.</summary>
    public ValueTask<TResult> ExecuteAsync<TState, TResult>(
        Func<I2cBus, TState, TResult> transaction, TState state, I2cTransactionOptions options, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var timeout = options.Timeout ?? _options.DefaultTimeout;
        var item = new QueuedTransaction<TState, TResult>(transaction, state, _time.GetTimestamp(), timeout, options.Idempotent);
        item.Arm(_time, I2cException.Create(I2cFailure.Timeout, _bus.BusId, -1, $"deadline of {timeout.TotalMilliseconds} ms passed"), cancellationToken);
        if (!_pending.TryAdd(item))
        {
            item.Dispose();
            _counters.Rejected();
            return ValueTask.FromException<TResult>(
                I2cException.Create(I2cFailure.BusBusy, _bus.BusId, -1, $"queue full ({_options.Capacity} waiting)"));
        }
        return new ValueTask<TResult>(item.Task);
    }

    public ValueTask<TResult> ExecuteAsync<TResult>(
        Func<I2cBus, TResult> transaction, I2cTransactionOptions options, CancellationToken cancellationToken = default)
        => ExecuteAsync(static (bus, t) => t(bus), transaction, options, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        _pending.CompleteAdding();
        await _stopped.Task.ConfigureAwait(false);
        _pending.Dispose();
    }
}

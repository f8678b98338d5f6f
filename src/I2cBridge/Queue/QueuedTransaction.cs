namespace I2cBridge.Queue;

/// <summary>
/// A transaction waiting for, or running on, the bus. Its caller is released by whichever comes first: the
/// result, the failure, the deadline timer, or cancellation.
/// </summary>
internal abstract class QueuedTransaction : IDisposable
{
    private ITimer? _deadline;
    private CancellationTokenRegistration _cancellation;
    private I2cException? _timeoutFailure;

    protected QueuedTransaction(long enqueuedAt, TimeSpan timeout, bool idempotent)
    {
        EnqueuedAt = enqueuedAt;
        Timeout = timeout;
        Idempotent = idempotent;
    }

    public long EnqueuedAt { get; }

    public TimeSpan Timeout { get; }

    public bool Idempotent { get; }

    /// <summary>True once the caller has its answer (including a deadline or cancellation): the bus is not touched then.</summary>
    public abstract bool IsCompleted { get; }

    /// <summary>Runs the transaction on the bus and keeps its result; the caller is released by <see cref="Succeed"/>.</summary>
    public abstract void Execute(I2cBus bus);

    /// <summary>Hands the kept result to the caller.</summary>
    public abstract void Succeed();

    public abstract void Fail(Exception exception);

    protected abstract void Cancel(CancellationToken token);

    /// <summary>Starts the deadline timer and the cancellation hook; either completes the caller without the bus.</summary>
    public void Arm(TimeProvider time, I2cException timeout, CancellationToken token)
    {
        _timeoutFailure = timeout;
        _deadline = time.CreateTimer(static s => ((QueuedTransaction)s!).Expire(), this, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        if (token.CanBeCanceled)
            _cancellation = token.UnsafeRegister(static (s, t) => ((QueuedTransaction)s!).Cancel(t), this);
    }

    /// <summary>Fails the caller with the deadline's Timeout; a transaction already on the bus finishes unobserved.</summary>
    public void Expire() => Fail(_timeoutFailure!);

    public void Dispose()
    {
        _deadline?.Dispose();
        _cancellation.Dispose();
    }
}

internal sealed class QueuedTransaction<TState, TResult>(
    Func<I2cBus, TState, TResult> transaction, TState state, long enqueuedAt, TimeSpan timeout, bool idempotent)
    : QueuedTransaction(enqueuedAt, timeout, idempotent)
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TResult> Task => _completion.Task;

    public override bool IsCompleted => _completion.Task.IsCompleted;

    private TResult? _result;

    public override void Execute(I2cBus bus) => _result = transaction(bus, state);

    public override void Succeed() => _completion.TrySetResult(_result!);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected override void Cancel(CancellationToken token) => _completion.TrySetCanceled(token);
}

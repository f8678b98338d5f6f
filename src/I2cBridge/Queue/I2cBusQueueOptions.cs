namespace I2cBridge.Queue;

/// <summary>Limits of one bus queue; a plain record so it binds from configuration.</summary>
public sealed record I2cBusQueueOptions
{
    /// <summary>Transactions that may wait behind the running one; beyond this the queue refuses with BusBusy.</summary>
    public int Capacity { get; init; } = 32;

    /// <summary>Deadline of a transaction whose options give none, counted from when it is queued.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Extra attempts for idempotent transactions after a retryable failure.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Consecutive bus timeouts after which the queue calls <see cref="I2cBus.Recover"/>.</summary>
    public int RecoveryThreshold { get; init; } = 3;
}

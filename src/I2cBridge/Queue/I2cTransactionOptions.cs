namespace I2cBridge.Queue;

/// <summary>Per-transaction settings: its deadline and whether running it twice is harmless.</summary>
/// <param name="Timeout">Deadline from enqueue to completion; null uses <see cref="I2cBusQueueOptions.DefaultTimeout"/>.</param>
/// <param name="Idempotent">True for reads: only these are retried after a retryable failure.</param>
public readonly record struct I2cTransactionOptions(TimeSpan? Timeout = null, bool Idempotent = false)
{
    /// <summary>A read: retried on transient failures.</summary>
    public static I2cTransactionOptions Read => new(null, Idempotent: true);

    /// <summary>A write or read-modify-write: never retried.</summary>
    public static I2cTransactionOptions Write => new(null, Idempotent: false);
}

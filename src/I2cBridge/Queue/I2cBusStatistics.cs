namespace I2cBridge.Queue;

/// <summary>A snapshot of one bus queue's counters, for metrics.</summary>
/// <param name="Transactions">Transactions that reached the bus (retries not counted again).</param>
/// <param name="Succeeded">Transactions that completed without an exception.</param>
/// <param name="ErrorsByKind">Failed attempts by kind, including attempts that were then retried.</param>
/// <param name="OtherErrors">Transactions that failed with an exception other than <see cref="I2cException"/>.</param>
/// <param name="Retries">Extra attempts made for idempotent transactions.</param>
/// <param name="Recoveries">Calls of <see cref="I2cBus.Recover"/> after consecutive timeouts.</param>
/// <param name="Rejected">Transactions refused because the queue was full.</param>
/// <param name="Expired">Transactions whose deadline passed (or that were cancelled) before they reached the bus.</param>
/// <param name="BusTime">Total time spent inside bus transactions.</param>
public sealed record I2cBusStatistics(
    int BusId,
    long Transactions,
    long Succeeded,
    IReadOnlyDictionary<I2cFailure, long> ErrorsByKind,
    long OtherErrors,
    long Retries,
    long Recoveries,
    long Rejected,
    long Expired,
    TimeSpan BusTime)
{
    public long Errors(I2cFailure kind) => ErrorsByKind.TryGetValue(kind, out var n) ? n : 0;
}

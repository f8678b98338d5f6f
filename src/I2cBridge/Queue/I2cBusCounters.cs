namespace I2cBridge.Queue;

/// <summary>The live counters behind <see cref="I2cBusStatistics"/>; written by the worker, read from anywhere.</summary>
internal sealed class I2cBusCounters
{
    private readonly long[] _errors = new long[Enum.GetValues<I2cFailure>().Length];
    private long _transactions;
    private long _succeeded;
    private long _otherErrors;
    private long _retries;
    private long _recoveries;
    private long _rejected;
    private long _expired;
    private long _busTimeTicks;

    public void Transaction() => Interlocked.Increment(ref _transactions);

    public void Success() => Interlocked.Increment(ref _succeeded);

    public void Error(I2cFailure kind) => Interlocked.Increment(ref _errors[(int)kind]);

    public void OtherError() => Interlocked.Increment(ref _otherErrors);

    public void Retry() => Interlocked.Increment(ref _retries);

    public void Recovery() => Interlocked.Increment(ref _recoveries);

    public void Rejected() => Interlocked.Increment(ref _rejected);

    public void Expired() => Interlocked.Increment(ref _expired);

    public void BusTime(TimeSpan elapsed) => Interlocked.Add(ref _busTimeTicks, elapsed.Ticks);

    public I2cBusStatistics Snapshot(int busId)
    {
        var errors = new Dictionary<I2cFailure, long>();
        foreach (var kind in Enum.GetValues<I2cFailure>())
            errors[kind] = Interlocked.Read(ref _errors[(int)kind]);
        return new I2cBusStatistics(
            busId,
            Interlocked.Read(ref _transactions),
            Interlocked.Read(ref _succeeded),
            errors,
            Interlocked.Read(ref _otherErrors),
            Interlocked.Read(ref _retries),
            Interlocked.Read(ref _recoveries),
            Interlocked.Read(ref _rejected),
            Interlocked.Read(ref _expired),
            TimeSpan.FromTicks(Interlocked.Read(ref _busTimeTicks)));
    }
}

namespace IpmiLoad.Load;

/// <summary>
/// Round-trip times in 1 µs buckets up to 200 ms (slower ones share the last bucket): recording is one
/// increment, so the client spends its time sending, and percentiles are exact to the microsecond.
/// </summary>
public sealed class LatencyHistogram
{
    private const int Buckets = 200_000;
    private readonly long[] _counts = new long[Buckets + 1];

    public long Count { get; private set; }

    public void Record(TimeSpan elapsed)
    {
        var micros = (long)elapsed.TotalMicroseconds;
        _counts[Math.Clamp(micros, 0, Buckets)]++;
        Count++;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
            _counts[i] += other._counts[i];
        Count += other.Count;
    }

    /// <summary>The smallest time (µs) at or below which a <paramref name="fraction"/> of the samples lie; NaN without samples.</summary>
    public double Percentile(double fraction)
    {
        if (Count == 0)
            return double.NaN;
        var rank = (long)Math.Ceiling(fraction * Count);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
                return i;
        }
        return Buckets;
    }
}

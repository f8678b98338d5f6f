namespace IpmiLoad.Load;

/// <summary>
/// One measured phase: completed operations, failures, the wall time, the server's CPU time (utime +
/// stime delta) and the load client's own over the same interval, the round-trip times, and the largest
/// VmRSS seen meanwhile.
/// </summary>
public sealed record PhaseResult(long Operations, long Failures, long Timeouts, TimeSpan Elapsed, TimeSpan ServerCpu, TimeSpan ClientCpu, LatencyHistogram Latency, long MaxResidentKib)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    /// <summary>Server CPU time per completed operation, µs.</summary>
    public double CpuPerOperation => Operations == 0 ? double.NaN : ServerCpu.TotalMicroseconds / Operations;

    /// <summary>The load client's CPU time per completed operation, µs: on a small machine it competes with the server.</summary>
    public double ClientCpuPerOperation => Operations == 0 ? double.NaN : ClientCpu.TotalMicroseconds / Operations;
}

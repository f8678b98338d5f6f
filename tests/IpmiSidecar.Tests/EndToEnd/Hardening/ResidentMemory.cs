using System.Text.RegularExpressions;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>A process's resident set (VmRSS in /proc/PID/status, proc(5)), sampled on a timer.</summary>
public sealed partial class ResidentMemory(int processId)
{
    private readonly List<(TimeSpan At, long Kilobytes)> _samples = [];

    public IReadOnlyList<(TimeSpan At, long Kilobytes)> Samples => _samples;

    public long ReadKilobytes() =>
        VmRss().Match(File.ReadAllText($"/proc/{processId}/status")) is { Success: true } m
            ? long.Parse(m.Groups[1].Value)
            : throw new InvalidOperationException($"no VmRSS for process {processId}");

    /// <summary>Samples every <paramref name="interval"/> until <paramref name="stop"/>; <paramref name="clock"/> dates them.</summary>
    public async Task SampleAsync(TimeSpan interval, System.Diagnostics.Stopwatch clock, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        do
            _samples.Add((clock.Elapsed, ReadKilobytes()));
        while (await timer.WaitForNextTickAsync(stop).AsTask().ContinueWith(t => !t.IsCanceled && t.Result, TaskScheduler.Default));
    }

    [GeneratedRegex(@"VmRSS:\s+(\d+) kB")]
    private static partial Regex VmRss();
}

using System.Diagnostics;
using IpmiLoad.Client;

namespace IpmiLoad.Load;

/// <summary>
/// Runs one closed-loop phase: each client thread has its own socket and session and keeps one request in
/// flight until the deadline. Set-up (logging in for command phases) and tear-down (Close Session) happen
/// outside the measured interval, which starts once every client is ready and ends at a barrier; the main thread samples the server's CPU at
/// both ends and its VmRSS every 100 ms in between.
/// </summary>
public static class Phase
{
    private static readonly TimeSpan MemorySampleInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Complete logins (Get Channel Authentication Capabilities through Set Session Privilege Level) followed by Close Session.</summary>
    public static PhaseResult Logins(LoadTarget target, ConsoleSettings settings, int clients, TimeSpan duration) =>
        Run(target, settings, clients, duration, inSession: false, console => console.TryLogin() && console.TryClose());

    /// <summary>Get Device ID on sessions opened beforehand.</summary>
    public static PhaseResult Commands(LoadTarget target, ConsoleSettings settings, int clients, TimeSpan duration) =>
        Run(target, settings, clients, duration, inSession: true, console => console.TryGetDeviceId());

    private static PhaseResult Run(LoadTarget target, ConsoleSettings settings, int clients, TimeSpan duration, bool inSession, Func<UdpConsole, bool> operation)
    {
        using var ready = new CountdownEvent(clients);
        using var go = new ManualResetEventSlim();
        using var stop = new Barrier(clients + 1);
        var deadline = 0L;
        var workers = Enumerable.Range(0, clients).Select(_ => new Worker()).ToArray();
        var threads = workers.Select(worker => new Thread(() =>
        {
            using var console = settings.Connect(target);
            var prepared = !inSession || console.TryLogin();
            ready.Signal();
            go.Wait();
            while (prepared && Stopwatch.GetTimestamp() < Volatile.Read(ref deadline))
            {
                var began = Stopwatch.GetTimestamp();
                if (operation(console))
                {
                    worker.Operations++;
                    worker.Latency.Record(Stopwatch.GetElapsedTime(began));
                }
                else
                {
                    worker.Failures++;
                }
            }
            stop.SignalAndWait();
            if (!prepared)
                worker.Failures++;
            if (inSession && console.Established)
                console.TryClose();
            worker.Timeouts = console.Timeouts;
        }) { IsBackground = true, Name = $"console {target.Name}" }).ToArray();
        foreach (var thread in threads)
            thread.Start();

        ready.Wait();
        using var self = Process.GetCurrentProcess();
        var clientCpuBefore = self.TotalProcessorTime;
        var cpuBefore = target.Probe.CpuTime();
        var began = Stopwatch.GetTimestamp();
        Volatile.Write(ref deadline, began + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        go.Set();
        var maxResident = 0L;
        while (Stopwatch.GetElapsedTime(began) < duration)
        {
            maxResident = Math.Max(maxResident, target.Probe.Memory().Resident);
            Thread.Sleep(MemorySampleInterval);
        }
        stop.SignalAndWait();
        var elapsed = Stopwatch.GetElapsedTime(began);
        var cpu = target.Probe.CpuTime() - cpuBefore;
        self.Refresh();
        var clientCpu = self.TotalProcessorTime - clientCpuBefore;
        foreach (var thread in threads)
            thread.Join();

        var latency = new LatencyHistogram();
        foreach (var worker in workers)
            latency.Add(worker.Latency);
        return new PhaseResult(workers.Sum(w => w.Operations), workers.Sum(w => w.Failures), workers.Sum(w => w.Timeouts),
            elapsed, cpu, clientCpu, latency, maxResident);
    }

    private sealed class Worker
    {
        public long Operations;
        public long Failures;
        public long Timeouts;
        public LatencyHistogram Latency { get; } = new();
    }
}

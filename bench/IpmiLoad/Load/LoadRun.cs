using System.Diagnostics;
using IpmiLoad.Client;

namespace IpmiLoad.Load;

/// <summary>
/// The phases run against one server, in order: idle memory, warm-up, logins with one client, logins with
/// <see cref="ParallelLogins"/> clients (one source address, as parallel tools on one host), commands with one client,
/// commands with many.
/// </summary>
public static class LoadRun
{
    public const int ParallelLogins = 4;

    /// <summary>Logs in and out until it works (the server may still be starting).</summary>
    public static bool WaitUntilAnswering(LoadTarget target, ConsoleSettings settings, TimeSpan limit)
    {
        var began = Stopwatch.GetTimestamp();
        using var console = settings.Connect(target);
        while (Stopwatch.GetElapsedTime(began) < limit)
        {
            if (console.TryLogin() && console.TryClose())
                return true;
            Thread.Sleep(200);
        }
        return false;
    }

    public static TargetResult Measure(LoadTarget target, ConsoleSettings settings, TimeSpan phase, TimeSpan warmup, int clients)
    {
        var idle = target.Probe.Memory().Resident;
        Progress(target, $"idle VmRSS {idle} KiB; warming up");
        Phase.Commands(target, settings, 1, warmup);
        Phase.Logins(target, settings, 1, warmup);
        Progress(target, "logins, 1 client");
        var logins = Phase.Logins(target, settings, 1, phase);
        Progress(target, $"logins, {ParallelLogins} clients");
        var loginsParallel = Phase.Logins(target, settings, ParallelLogins, phase);
        Progress(target, "commands, 1 client");
        var one = Phase.Commands(target, settings, 1, phase);
        Progress(target, $"commands, {clients} clients");
        var many = Phase.Commands(target, settings, clients, phase);
        return new TargetResult(target, idle, logins, loginsParallel, one, many, target.Probe.Memory().Peak);
    }

    private static void Progress(LoadTarget target, string what) =>
        Console.Error.WriteLine($"ipmiload: {target.Name} ({target.Endpoint}, pid {target.Probe.Pid}): {what}");
}

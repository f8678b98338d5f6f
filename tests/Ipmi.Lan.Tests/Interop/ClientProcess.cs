using System.Diagnostics;

namespace Ipmi.Lan.Tests.Interop;

/// <summary>Runs a real client with a hard time limit; on timeout the process (by its own PID) is killed.</summary>
public static class ClientProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, TimeSpan Elapsed, bool TimedOut)
    {
        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalMilliseconds:F0} ms{(TimedOut ? " (timed out)" : "")}\nstdout: {Output}\nstderr: {Error}";
    }

    public static string? Find(string name) =>
        new[] { "/usr/bin", "/usr/sbin", "/bin", "/sbin" }.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    public static async Task<Result> RunAsync(string name, string arguments, TimeSpan limit)
    {
        var path = Find(name);
        if (path is null)
            Assert.Ignore($"{name} is not installed");
        var start = new ProcessStartInfo(path!, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill();
            await process.WaitForExitAsync();
        }
        clock.Stop();
        return new Result(process.ExitCode, await output, await error, clock.Elapsed, timedOut);
    }
}

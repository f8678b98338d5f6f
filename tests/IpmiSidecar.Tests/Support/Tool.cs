using System.Diagnostics;

namespace IpmiSidecar.Tests.Support;

/// <summary>Runs a real client binary (ipmitool, FreeIPMI, python3) with a hard time limit; kills it by PID on timeout.</summary>
public static class Tool
{
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        var command = $"{fileName} {string.Join(' ', info.ArgumentList)}";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        stopwatch.Stop();
        return new ToolResult(command, process.ExitCode, await stdout, await stderr, stopwatch.Elapsed, timedOut);
    }

    public static Task<ToolResult> RunAsync(string fileName, params string[] arguments) => RunAsync(fileName, arguments, null);
}

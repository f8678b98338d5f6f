namespace IpmiSidecar.Tests.Support;

/// <summary>What a finished external program printed, its exit code and how long it took.</summary>
public sealed record ToolResult(string Command, int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed, bool TimedOut)
{
    public string Output => StdOut + StdErr;

    public override string ToString() =>
        $"$ {Command}\nexit {ExitCode}{(TimedOut ? " (timed out)" : "")} after {Elapsed.TotalSeconds:F1} s\n--- stdout\n{StdOut}--- stderr\n{StdErr}";
}

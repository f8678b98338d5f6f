using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace IpmiSidecar.Tests.Support;

/// <summary>
/// The real executable, started as a child process on an ephemeral loopback port with its own state
/// directory. Learns the port from the "Listening on" log line; stops the process (by PID) on dispose.
/// </summary>
public sealed partial class SidecarProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Port { get; private set; }
    public string StateDirectory { get; }
    public int ProcessId => _process.Id;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private SidecarProcess(Process process, string stateDirectory)
    {
        _process = process;
        StateDirectory = stateDirectory;
    }

    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "IpmiSidecar.dll");

    /// <summary>Starts the sidecar with extra configuration arguments (e.g. "--Users:0:Name=ops").</summary>
    public static Task<SidecarProcess> StartAsync(params string[] arguments) =>
        StartWithStateAsync(Directory.CreateTempSubdirectory("ipmisidecar-test-").FullName, arguments);

    /// <summary>Starts the sidecar on an existing state directory (a restart after a crash, say).</summary>
    public static Task<SidecarProcess> StartWithStateAsync(string stateDirectory, params string[] arguments) =>
        StartAsync(stateDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>
    /// Starts the sidecar with extra environment variables. The service manager's variables (INVOCATION_ID,
    /// JOURNAL_STREAM, NOTIFY_SOCKET) are never inherited from the test run, only set here.
    /// </summary>
    public static Task<SidecarProcess> StartWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartAsync(Directory.CreateTempSubdirectory("ipmisidecar-test-").FullName, environment, arguments);

    private static async Task<SidecarProcess> StartAsync(string stateDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var variable in new[] { ServiceManager.InvocationIdVariable, ServiceManager.JournalStreamVariable, ServiceManager.NotifySocketVariable })
            info.Environment.Remove(variable);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        info.ArgumentList.Add(AssemblyPath);
        info.ArgumentList.Add("--Lan:Port=0");
        info.ArgumentList.Add($"--State:Directory={stateDirectory}");
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the sidecar");
        var sidecar = new SidecarProcess(process, stateDirectory);
        process.OutputDataReceived += (_, e) => sidecar.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => sidecar.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var ready = await Task.WhenAny(sidecar._port.Task, exited, Task.Delay(TimeSpan.FromSeconds(30)));
        if (ready != sidecar._port.Task)
        {
            await sidecar.DisposeAsync();
            throw new InvalidOperationException($"the sidecar did not start listening:\n{sidecar.Output}");
        }
        sidecar.Port = await sidecar._port.Task;
        return sidecar;
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            _port.TrySetResult(int.Parse(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Listening on \S+:(\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>Sends SIGKILL: the crash case, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM and waits for a clean exit; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
            Posix.Terminate(_process.Id);
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
                await StopAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
        _process.Dispose();
    }
}

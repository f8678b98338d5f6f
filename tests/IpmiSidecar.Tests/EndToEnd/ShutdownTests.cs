using System.Text.RegularExpressions;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// SIGTERM (how systemd stops the service) ends every node kind cleanly: each profile in fixtures/platforms, its
/// hardware buses replaced by simulated ones so it starts here, answers ipmitool, then exits 0 with no exception
/// and no stack trace in what it printed.
/// </summary>
[NonParallelizable]
public partial class ShutdownTests
{
    private static IEnumerable<string> Profiles() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "platforms"), "*.json").Select(Path.GetFileName).Order()!;

    /// <summary>The profile with every "/dev/i2c-N" bus made "simulated" (the demo account may serve only simulated buses).</summary>
    private static string Simulated(string profile)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "platforms", profile));
        var path = Path.Combine(Directory.CreateTempSubdirectory("ipmisidecar-profile-").FullName, profile);
        File.WriteAllText(path, HardwareDevice().Replace(text, "\"device\": \"simulated\""));
        return path;
    }

    [GeneratedRegex("\"device\":\\s*\"/dev/i2c-\\d+\"")]
    private static partial Regex HardwareDevice();

    /// <summary>A .NET stack frame ("   at Namespace.Type.Method(…)").</summary>
    [GeneratedRegex(@"(?m)^\s+at \S+\(")]
    private static partial Regex StackFrame();

    [TestCaseSource(nameof(Profiles))]
    public async Task Sigterm_exits_zero_without_an_exception(string profile)
    {
        await using var sidecar = await SidecarProcess.StartAsync($"--Platform:Profile={Simulated(profile)}");
        var info = await Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", "mc", "info");
        Assert.That(info.ExitCode, Is.Zero, () => info + "\n--- sidecar\n" + sidecar.Output);

        var exitCode = await sidecar.StopAsync(TimeSpan.FromSeconds(15));

        Assert.That(exitCode, Is.Zero, sidecar.Output);
        Assert.That(sidecar.Output, Does.Not.Contain("Exception"));
        Assert.That(StackFrame().IsMatch(sidecar.Output), Is.False, sidecar.Output);
        Assert.That(sidecar.Output, Does.Contain("Application is shutting down"));
    }
}

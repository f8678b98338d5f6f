using System.Net;
using System.Net.Sockets;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Robustness;

/// <summary>
/// Every start-up failure an operator can cause is one line on standard error naming what, why and the fix, with
/// its own sysexits.h exit code (README, "Exit codes") and no stack trace.
/// </summary>
public class StartupFailureTests
{
    private static Task<ToolResult> RunSidecarAsync(params string[] arguments) =>
        Tool.RunAsync("dotnet", [SidecarProcess.AssemblyPath, .. arguments], TimeSpan.FromSeconds(30));

    private static void AssertNoStackTrace(ToolResult result)
    {
        Assert.That(result.StdErr + result.StdOut, Does.Not.Match(@"^\s+at \S+\(").IgnoreCase.And.Not.Contain("Unhandled exception"), result.ToString);
        Assert.That(result.StdErr.Trim().Split('\n'), Has.Length.EqualTo(1), result.ToString);
    }

    [Test]
    public async Task A_second_sidecar_on_the_same_state_directory_refuses_to_start_naming_the_holder()
    {
        await using var first = await SidecarProcess.StartAsync();

        var second = await RunSidecarAsync("--Lan:Port=0", $"--State:Directory={first.StateDirectory}");

        Assert.That(second.ExitCode, Is.EqualTo(75), second.ToString); // EX_TEMPFAIL
        Assert.That(second.StdErr, Does.Contain($"{first.StateDirectory} is in use by another IpmiSidecar (PID {first.ProcessId}")
            .And.Contain("State:Directory"), second.ToString);
        AssertNoStackTrace(second);
        var stillServing = await Ipmitool.RunAsync(first.Port, "3", "admin", "ipmisidecar", "mc", "info");
        Assert.That(stillServing.ExitCode, Is.Zero, stillServing.ToString);
    }

    [Test]
    public async Task A_killed_sidecar_never_blocks_the_next_start_on_its_state_directory()
    {
        var first = await SidecarProcess.StartAsync();
        await first.KillAsync();
        await first.DisposeAsync();

        await using var restarted = await SidecarProcess.StartWithStateAsync(first.StateDirectory);

        // cat, as an operator reads it: .NET's own file reads take a shared flock, which the holder's lock refuses.
        var lockFile = await Tool.RunAsync("cat", Path.Combine(first.StateDirectory, "ipmisidecar.lock"));
        Assert.That(lockFile.StdOut.Trim(), Is.EqualTo(restarted.ProcessId.ToString()));
        Assert.That(await restarted.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, restarted.Output);
    }

    [Test]
    public async Task A_port_in_use_stops_startup_naming_the_address_and_the_key_to_change()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        var result = await RunSidecarAsync($"--Lan:Port={port}", $"--State:Directory={Directory.CreateTempSubdirectory("ipmisidecar-test-").FullName}");

        Assert.That(result.ExitCode, Is.EqualTo(69), result.ToString); // EX_UNAVAILABLE
        Assert.That(result.StdErr, Does.Contain($"UDP 127.0.0.1:{port} is already in use").And.Contain("Lan:Port"), result.ToString);
        AssertNoStackTrace(result);
    }

    [Test]
    public async Task A_read_only_state_directory_stops_startup_naming_it_and_the_fix()
    {
        if (!Tmpfs.CanMount)
            Assert.Ignore("needs root to mount a read-only tmpfs");
        await using var readOnly = await Tmpfs.MountAsync("ro,size=64k");

        var result = await RunSidecarAsync("--Lan:Port=0", $"--State:Directory={readOnly.Path}");

        Assert.That(result.ExitCode, Is.EqualTo(73), result.ToString); // EX_CANTCREAT
        Assert.That(result.StdErr, Does.Contain($"{readOnly.Path} is on a read-only file system").And.Contain("State:Directory"), result.ToString);
        AssertNoStackTrace(result);
    }

    [Test]
    public async Task A_state_directory_the_user_may_not_write_stops_startup_naming_the_user_and_the_fix()
    {
        if (Environment.UserName != "root")
            Assert.Ignore("needs root to run the sidecar as another user");
        var probe = await Tool.RunAsync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "test", "-r", SidecarProcess.AssemblyPath]);
        if (probe.ExitCode != 0)
            Assert.Ignore($"user nobody cannot read {SidecarProcess.AssemblyPath} from this checkout");
        var owned = Directory.CreateTempSubdirectory("ipmisidecar-test-").FullName; // root's, mode 0700

        var result = await Tool.RunAsync("setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp",
             "dotnet", SidecarProcess.AssemblyPath, "--Lan:Port=0", $"--State:Directory={owned}"],
            TimeSpan.FromSeconds(30));

        Assert.That(result.ExitCode, Is.EqualTo(77), result.ToString); // EX_NOPERM
        Assert.That(result.StdErr, Does.Contain($"{owned}: user 'nobody' may not create files there").And.Contain($"chown -R nobody {owned}"), result.ToString);
        AssertNoStackTrace(result);
    }

    [TestCase("{ \"version\": 1, \"users\": [ { \"id\": 2, \"name\": ")]
    [TestCase("")]
    [TestCase("[1, 2, 3]")]
    public async Task An_unreadable_users_file_stops_startup_rather_than_fall_back_to_other_passwords(string content)
    {
        var state = Directory.CreateTempSubdirectory("ipmisidecar-test-").FullName;
        var users = Path.Combine(state, "users.json");
        await File.WriteAllTextAsync(users, content);
        File.SetUnixFileMode(users, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await RunSidecarAsync("--Lan:Port=0", $"--State:Directory={state}");

        Assert.That(result.ExitCode, Is.EqualTo(65), result.ToString); // EX_DATAERR
        Assert.That(result.StdErr, Does.Contain($"{users} cannot be read").And.Contain("fix or remove it"), result.ToString);
        AssertNoStackTrace(result);
        Assert.That(await File.ReadAllTextAsync(users), Is.EqualTo(content), "left for the operator to inspect");
    }
}

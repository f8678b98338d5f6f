using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>The executable's own behaviour: what it prints, configuration errors, users, clean shutdown.</summary>
[NonParallelizable]
public class StartupTests
{
    [Test]
    public async Task Demo_start_prints_the_demo_account_and_exits_cleanly_on_sigterm()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        Assert.That(sidecar.Output, Does.Contain("user 'admin', password 'ipmisidecar'"));
        Assert.That(await sidecar.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, sidecar.Output);
    }

    [Test]
    public async Task Configured_user_replaces_the_demo_account_and_its_password_is_never_printed()
    {
        await using var sidecar = await SidecarProcess.StartAsync("--Users:0:Name=ops", "--Users:0:Password=Op3rat0r-Secret", "--Users:0:Privilege=Operator");
        var asOps = await Ipmitool.RunAsync(sidecar.Port, "3", "ops", "Op3rat0r-Secret", "-L", "OPERATOR", "raw", "0x06", "0x01");
        var asDemo = await Ipmitool.RunAsync(sidecar.Port, "3", "admin", "ipmisidecar", "raw", "0x06", "0x01");
        Assert.That(asOps.ExitCode, Is.Zero, asOps.ToString);
        Assert.That(asDemo.ExitCode, Is.Not.Zero, asDemo.ToString);
        await sidecar.StopAsync(TimeSpan.FromSeconds(10));
        Assert.That(sidecar.Output, Does.Not.Contain("Op3rat0r-Secret"));
        Assert.That(sidecar.Output, Does.Not.Contain("ipmisidecar'"));
    }

    [TestCase("--Lan:Port=99999", "Lan:Port (from the command line): '99999' is not valid; expected a whole number from 0 to 65535")]
    [TestCase("--Users:0:Name=ops", "Users:0:PasswordFile (from the command line): is missing")]
    [TestCase("--Lan:Address=0.0.0.0", "Lan:Address (from the command line): 0.0.0.0 is not a loopback address")]
    [TestCase("--Platform:Profile=/nonexistent/board.json", "/nonexistent/board.json: (file): cannot be read")]
    [TestCase("--Sel:WhenFull=Wrap", "Sel:WhenFull (from the command line): 'Wrap' is not valid; expected Stop")]
    [TestCase("--Sel:Capacity=5", "Sel:Capacity (from the command line): '5' is not valid; expected a whole number from 16 to 4096")]
    public async Task Bad_configuration_stops_startup_naming_the_key(string argument, string expected)
    {
        var result = await Tool.RunAsync("dotnet", [SidecarProcess.AssemblyPath, argument], TimeSpan.FromSeconds(30));
        Assert.That(result.ExitCode, Is.EqualTo(78), result.ToString); // EX_CONFIG, sysexits.h
        Assert.That(result.StdErr, Does.Contain(expected), result.ToString);
    }

    private static string HardwareProfile()
    {
        var demo = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "platforms", "demo-1u.json"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("ipmisidecar-profile-").FullName, "board.json");
        File.WriteAllText(path, demo.Replace("\"device\": \"simulated\"", "\"device\": \"/dev/i2c-99\""));
        return path;
    }

    [Test]
    public async Task Real_hardware_profile_refuses_the_demo_account()
    {
        var result = await Tool.RunAsync("dotnet", [SidecarProcess.AssemblyPath, $"--Platform:Profile={HardwareProfile()}"], TimeSpan.FromSeconds(30));
        Assert.That(result.ExitCode, Is.EqualTo(78), result.ToString);
        Assert.That(result.StdErr, Does.Contain("drives real hardware").And.Contain("Users:0:Name"), result.ToString);
    }

    [Test]
    public async Task Missing_i2c_device_stops_startup_naming_the_profile_and_the_fix()
    {
        var profile = HardwareProfile();
        var result = await Tool.RunAsync("dotnet",
            [SidecarProcess.AssemblyPath, $"--Platform:Profile={profile}", "--Users:0:Name=ops", "--Users:0:Password=x", "--Users:0:Privilege=User", "--Lan:Port=0"],
            TimeSpan.FromSeconds(30));
        Assert.That(result.ExitCode, Is.EqualTo(78), result.ToString);
        Assert.That(result.StdErr, Does.Contain($"{profile}: $.buses: Cannot open /dev/i2c-99").And.Contain("modprobe i2c-dev"), result.ToString);
    }
}

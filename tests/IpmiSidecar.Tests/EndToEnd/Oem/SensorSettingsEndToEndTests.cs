using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// What ipmitool sets on a sensor is kept: thresholds (`sensor thresh`, Set Sensor Thresholds §35.8) and hysteresis
/// (Set Sensor Hysteresis §35.6, sent raw: ipmitool has no command for it) are in force after a restart of the real
/// executable, and a set that cannot be saved is refused and leaves the sensor as it was.
/// </summary>
[NonParallelizable]
public class SensorSettingsEndToEndTests
{
    private static Task<ToolResult> Ipmitool(SidecarProcess sidecar, params string[] command) =>
        Support.Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", command);

    private static async Task<string> Succeed(SidecarProcess sidecar, params string[] command)
    {
        var result = await Ipmitool(sidecar, command);
        Assert.That(result.ExitCode, Is.Zero, () => result + "\n--- sidecar\n" + sidecar.Output);
        return result.StdOut;
    }

    [Test]
    public async Task Thresholds_and_hysteresis_set_with_ipmitool_survive_a_restart()
    {
        string state;
        await using (var first = await SidecarProcess.StartAsync())
        {
            state = first.StateDirectory;
            await Succeed(first, "sensor", "thresh", "Inlet Temp", "upper", "38", "42", "48");
            await Succeed(first, "raw", "0x04", "0x24", "0x01", "0xff", "0x04", "0x06"); // 2 and 3 °C at 0.5 °C per count
            Assert.That(await first.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, first.Output);
        }

        await using var second = await SidecarProcess.StartWithStateAsync(state);
        var sensor = await Succeed(second, "sensor", "get", "Inlet Temp");
        Assert.That(sensor, Does.Match(@"Upper Non-Critical\s+: 38\.000\n"));
        Assert.That(sensor, Does.Match(@"Upper Critical\s+: 42\.000\n"));
        Assert.That(sensor, Does.Match(@"Upper Non-Recoverable\s+: 48\.000\n"));
        Assert.That(sensor, Does.Match(@"Positive Hysteresis\s+: 2\.000\n"));
        Assert.That(sensor, Does.Match(@"Negative Hysteresis\s+: 3\.000\n"));
        Assert.That(await Succeed(second, "raw", "0x04", "0x25", "0x01", "0xff"), Is.EqualTo(" 04 06\n"));
        Assert.That(second.Output, Does.Contain("Sensor 'Inlet Temp': thresholds and hysteresis set over IPMI restored"));
    }

    [Test, Description("A directory where the temporary file must go makes every save fail, even for root.")]
    public async Task Threshold_that_cannot_be_saved_is_refused_and_changes_nothing()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        var blocker = Path.Combine(sidecar.StateDirectory, "sensor-settings.json.tmp");
        Directory.CreateDirectory(Path.Combine(blocker, "in-the-way"));

        var refused = await Ipmitool(sidecar, "sensor", "thresh", "Inlet Temp", "unc", "39");
        var unchanged = await Succeed(sidecar, "sensor", "get", "Inlet Temp");
        Directory.Delete(blocker, recursive: true);
        await Succeed(sidecar, "sensor", "thresh", "Inlet Temp", "unc", "39");
        var changed = await Succeed(sidecar, "sensor", "get", "Inlet Temp");

        Assert.That(refused.ExitCode, Is.Not.Zero, refused.ToString);
        Assert.That(refused.Output, Does.Contain("Error setting threshold: Unspecified error"), "0xFF: not a full disk");
        Assert.That(unchanged, Does.Match(@"Upper Non-Critical\s+: 40\.000\n"), "the profile's, as before the refused request");
        Assert.That(changed, Does.Match(@"Upper Non-Critical\s+: 39\.000\n"), "saves resume without a restart");
    }
}

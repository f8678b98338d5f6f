using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>pyghmi (Debian python3-pyghmi) against the executable: power state and sensor data.</summary>
[NonParallelizable]
public class PyghmiTests
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync();

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<string> Python(string body)
    {
        var script = "import pyghmi.ipmi.command as c\n"
            + $"cmd = c.Command(bmc='127.0.0.1', port={_sidecar.Port}, userid='admin', password='ipmisidecar')\n" + body;
        var result = await Tool.RunAsync("/usr/bin/python3", ["-c", script], TimeSpan.FromSeconds(60));
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    [Test]
    public async Task Get_power_reports_the_power_state() =>
        Assert.That(await Python("print(cmd.get_power()['powerstate'])"), Is.EqualTo("off\n"));

    [Test]
    public async Task Get_sensor_data_reports_every_sensor_with_units()
    {
        var output = await Python("for s in cmd.get_sensor_data(): print(s.name, '|', s.value, '|', s.units)");
        Assert.That(output, Does.Match(@"Inlet Temp \| -?[\d.]+ \| °C"));
        Assert.That(output, Does.Match(@"PSU1 Input \| [\d.]+ \| W"));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(10));
    }
}

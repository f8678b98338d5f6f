using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// FreeIPMI 1.6 tools, each at its default privilege (USER, except where a tool needs more), against the executable
/// on the demo platform. Each fixture caches SDRs in its own directory, so no stale cache from another run applies.
/// </summary>
[NonParallelizable]
public class FreeIpmiOemTests
{
    private SidecarProcess _sidecar = null!;
    private string _cache = null!;

    [OneTimeSetUp]
    public async Task StartSidecar()
    {
        _sidecar = await SidecarProcess.StartAsync();
        _cache = Directory.CreateTempSubdirectory("freeipmi-sdr-").FullName;
    }

    [OneTimeTearDown]
    public async Task StopSidecar()
    {
        await _sidecar.DisposeAsync();
        Directory.Delete(_cache, recursive: true);
    }

    private async Task<string> FreeIpmi(string tool, params string[] arguments)
    {
        var result = await Tool.RunAsync(tool,
            ["-D", "LAN_2_0", "-h", $"127.0.0.1:{_sidecar.Port}", "-u", "admin", "-p", "ipmisidecar", .. arguments], TimeSpan.FromSeconds(60));
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    [Test]
    public async Task Ipmi_sensors_prints_readings_and_keeps_its_cache()
    {
        var first = await FreeIpmi("ipmi-sensors", $"--sdr-cache-directory={_cache}");
        Assert.That(first, Does.Match(@"1\s+\| Inlet Temp\s+\| Temperature\s+\| [\d.]+\s+\| C\s+\| 'OK'"));
        Assert.That(first, Does.Match(@"9\s+\| PSU1 Input\s+\| Other Units Based Sensor \| [\d.]+\s+\| W"));

        var again = await Tool.RunAsync("ipmi-sensors",
            ["-D", "LAN_2_0", "-h", $"127.0.0.1:{_sidecar.Port}", "-u", "admin", "-p", "ipmisidecar", $"--sdr-cache-directory={_cache}"], TimeSpan.FromSeconds(60));
        Assert.That(again.Output, Does.Not.Contain("Caching SDR"), "the repository did not change, so the cache is reused");
    }

    [Test]
    public async Task Ipmimonitoring_reports_states() =>
        Assert.That(await FreeIpmi("ipmimonitoring", $"--sdr-cache-directory={_cache}"), Does.Match(@"Inlet Temp\s+\| Temperature\s+\| Nominal\s+\|"));

    [Test, Description("a threshold lowered below PSU1 Temp's reading (ipmitool, OPERATOR) makes the next refresh log a crossing; " +
                       "its own sidecar, since the change dates the SDR and FreeIPMI then refuses the fixture's shared cache")]
    public async Task Ipmi_sel_lists_threshold_events()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        var set = await Ipmitool.RunAsync(sidecar.Port, "3", "admin", "ipmisidecar", "sensor", "thresh", "PSU1 Temp", "unc", "5");
        Assert.That(set.ExitCode, Is.Zero, set.ToString);
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two refresh periods
        var cache = Directory.CreateTempSubdirectory("freeipmi-sdr-").FullName;
        var sel = await Tool.RunAsync("ipmi-sel",
            ["-D", "LAN_2_0", "-h", $"127.0.0.1:{sidecar.Port}", "-u", "admin", "-p", "ipmisidecar", $"--sdr-cache-directory={cache}"], TimeSpan.FromSeconds(60));
        Assert.That(sel.StdOut, Does.Match(@"PSU1 Temp\s+\| Temperature\s+\| Upper Non-critical - going high ; Sensor Reading = [\d.]+ C ; Threshold = 5\.00 C"), sel.ToString);
    }

    [Test]
    public async Task Ipmi_fru_prints_the_board()
    {
        var output = await FreeIpmi("ipmi-fru", $"--sdr-cache-directory={_cache}");
        Assert.That(output, Does.Contain("FRU Board Manufacturer: IpmiSidecar"));
        Assert.That(output, Does.Contain("FRU Board Product Name: demo-1u board"));
    }

    [Test]
    public async Task Ipmi_chassis_get_chassis_status()
    {
        var output = await FreeIpmi("ipmi-chassis", "--get-chassis-status");
        Assert.That(output, Does.Match(@"System Power\s+: (on|off)"));
        Assert.That(output, Does.Match(@"Power restore policy\s+: Always off"));
    }

    [Test]
    public async Task Ipmipower_on_stat_off()
    {
        Assert.That(await FreeIpmi("ipmipower", "--on"), Does.Contain("127.0.0.1: ok"));
        string status = "";
        for (var i = 0; i < 20 && !status.Contains(": on"); i++)
        {
            await Task.Delay(250);
            status = await FreeIpmi("ipmipower", "--stat");
        }
        Assert.That(status, Does.Contain("127.0.0.1: on"));
        Assert.That(await FreeIpmi("ipmipower", "--off"), Does.Contain("127.0.0.1: ok"));
        for (var i = 0; i < 40 && !status.Contains(": off"); i++)
        {
            await Task.Delay(250);
            status = await FreeIpmi("ipmipower", "--stat");
        }
        Assert.That(status, Does.Contain("127.0.0.1: off"));
    }

    [Test]
    public async Task Ipmi_dcmi_system_power_statistics()
    {
        var output = await FreeIpmi("ipmi-dcmi", "--get-system-power-statistics");
        Assert.That(output, Does.Match(@"Current Power\s+: \d+ Watts"));
        Assert.That(output, Does.Match(@"Power Measurement\s+: Active"));
    }
}

using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// The real ipmitool 1.8.19 (-I lanplus, cipher suite 17) against the real executable started with a pass-through
/// profile: a simulated BMC that speaks IPMI over IPMB (ipmb-demo.json) or SSIF (ssif-demo.json) on a simulated
/// 100 kHz bus. What ipmitool prints must be the simulated BMC's (manufacturer 343, product 0x0b0c, firmware 2.17,
/// four sensors, its FRU), not the profile's identity — proof that the requests were forwarded.
/// </summary>
[TestFixture("ipmb-demo.json")]
[TestFixture("ssif-demo.json")]
[NonParallelizable]
public class PassThroughIpmitoolTests(string profile)
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar() =>
        _sidecar = await SidecarProcess.StartAsync($"--Platform:Profile={Path.Combine(AppContext.BaseDirectory, "platforms", profile)}");

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<ToolResult> Ipmitool(params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, () => result + "\n--- sidecar\n" + _sidecar.Output);
        return result;
    }

    [Test]
    public async Task Mc_info_shows_the_simulated_bmcs_identity()
    {
        var result = await Ipmitool("mc", "info");
        Assert.That(result.StdOut, Does.Match(@"Device ID\s+: 32\n"));
        Assert.That(result.StdOut, Does.Match(@"Device Revision\s+: 3\n"));
        Assert.That(result.StdOut, Does.Match(@"Firmware Revision\s+: 2\.17\n"));
        Assert.That(result.StdOut, Does.Match(@"Manufacturer ID\s+: 343\n"));
        Assert.That(result.StdOut, Does.Match(@"Product ID\s+: 2828 \(0x0b0c\)\n"));
    }

    [Test]
    public async Task Sdr_list_shows_the_bmcs_records()
    {
        var result = await Ipmitool("sdr", "list");
        Assert.That(result.StdOut, Does.Match(@"CPU Temp\s+\| 52 degrees C\s+\| ok\n"));
        Assert.That(result.StdOut, Does.Match(@"Inlet Temp\s+\| 23 degrees C\s+\| ok\n"));
        Assert.That(result.StdOut, Does.Match(@"Fan 1\s+\| 7200 RPM\s+\| ok\n"));
        Assert.That(result.StdOut, Does.Match(@"PSU Input\s+\| 240 Watts\s+\| ok\n"));
    }

    [Test]
    public async Task Sensor_get_reads_one_sensor_with_its_thresholds()
    {
        var result = await Ipmitool("sensor", "get", "CPU Temp");
        Assert.That(result.StdOut, Does.Match(@"Sensor Reading\s+: 52 \(\+/- 0\) degrees C\n"));
        Assert.That(result.StdOut, Does.Match(@"Upper Critical\s+: 95\.000\n"));
        Assert.That(result.StdOut, Does.Match(@"Upper Non-Critical\s+: 85\.000\n"));
    }

    [Test]
    public async Task Chassis_power_status_follows_chassis_control()
    {
        Assert.That((await Ipmitool("chassis", "power", "status")).StdOut, Does.Contain("Chassis Power is on"));
        await Ipmitool("chassis", "power", "off");
        Assert.That((await Ipmitool("chassis", "power", "status")).StdOut, Does.Contain("Chassis Power is off"));
        await Ipmitool("chassis", "power", "on");
        Assert.That((await Ipmitool("chassis", "power", "status")).StdOut, Does.Contain("Chassis Power is on"));
    }

    [Test]
    public async Task Fru_print_shows_the_bmcs_inventory()
    {
        var result = await Ipmitool("fru", "print", "0");
        Assert.That(result.StdOut, Does.Match(@"Board Product\s+: PT-BMC Board\n"));
        Assert.That(result.StdOut, Does.Match(@"Product Serial\s+: PTB-000451\n"));
    }

    [Test]
    public async Task Sdr_repository_is_cached_at_start_up()
    {
        for (var i = 0; i < 50 && !_sidecar.Output.Contains("SDR cache filled"); i++)
            await Task.Delay(100);
        Assert.That(_sidecar.Output, Does.Match(@"SDR cache filled: 4 record\(s\)"), _sidecar.Output);
        var result = await Ipmitool("sdr", "info");
        Assert.That(result.StdOut, Does.Match(@"Record Count\s+: 4\n"));
    }
}

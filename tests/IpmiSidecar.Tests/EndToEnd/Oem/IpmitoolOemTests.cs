using System.Globalization;
using System.Text.RegularExpressions;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// The real ipmitool 1.8.19 against the executable on the simulated demo platform: chassis, SDR, sensors, SEL, FRU,
/// DCMI and Master Write-Read, at cipher suites 3 and 17, asserting the values printed. Power changes are in
/// <see cref="IpmitoolPowerTests"/>.
/// </summary>
[TestFixture("3")]
[TestFixture("17")]
[NonParallelizable]
public class IpmitoolOemTests(string cipherSuite)
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar()
    {
        _sidecar = await SidecarProcess.StartAsync();
        await DemoHost.PowerOnAsync(_sidecar.Port); // fans and host rails read only with the host on
    }

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<string> Ipmitool(params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, cipherSuite, "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    [Test]
    public async Task Chassis_status_prints_power_policy_and_faults()
    {
        var output = await Ipmitool("chassis", "status");
        Assert.That(output, Does.Match(@"System Power\s+: (on|off)\n"));
        Assert.That(output, Does.Match(@"Power Restore Policy\s+: always-off\n"));
        Assert.That(output, Does.Match(@"Power Control Fault\s+: false\n"));
        Assert.That(output, Does.Match(@"Chassis Intrusion\s+: inactive\n"));
    }

    [Test]
    public async Task Chassis_identify_uses_the_default_interval() =>
        Assert.That(await Ipmitool("chassis", "identify"), Does.Contain("Chassis identify interval: default (15 seconds)"));

    [Test]
    public async Task Bootdev_pxe_then_bootparam_get_5_shows_force_pxe()
    {
        Assert.That(await Ipmitool("chassis", "bootdev", "pxe"), Does.Contain("Set Boot Device to pxe"));
        var output = await Ipmitool("chassis", "bootparam", "get", "5");
        Assert.That(output, Does.Contain("Boot parameter 5 is valid/unlocked"));
        Assert.That(output, Does.Contain("Boot parameter data: 8004000000"));
        Assert.That(output, Does.Contain("- Boot Flag Valid"));
        Assert.That(output, Does.Match(@"Boot Device Selector : Force PXE"));
    }

    [Test]
    public async Task Sdr_list_prints_every_profile_sensor_with_its_unit()
    {
        var output = await Ipmitool("sdr", "list");
        Assert.That(output, Does.Match(@"Inlet Temp\s+\| -?\d+(\.\d+)? degrees C\s+\| ok"));
        Assert.That(output, Does.Match(@"Fan 1\s+\| \d+ RPM\s+\| (ok|cr|nc)"));
        Assert.That(output, Does.Match(@"12V\s+\| [\d.]+ Volts\s+\| (ok|cr|nc)"));
        Assert.That(output, Does.Match(@"PSU1 Input\s+\| \d+ Watts\s+\| ok"));
        Assert.That(Regex.Matches(output, @"\|").Count, Is.EqualTo(2 * 10), "ten sensors, two bars each");
    }

    [Test]
    public async Task Sdr_elist_prints_sensor_numbers_and_entities()
    {
        var output = await Ipmitool("sdr", "elist");
        Assert.That(output, Does.Match(@"Inlet Temp\s+\| 01h \| ok\s+\| 55\.1 \|"));
        Assert.That(output, Does.Match(@"PSU1 Input\s+\| 09h \| ok\s+\| 10\.1 \|"));
    }

    [Test]
    public async Task Sensor_list_prints_thresholds()
    {
        var output = await Ipmitool("sensor", "list");
        Assert.That(output, Does.Match(@"Inlet Temp\s+\| [\d.]+\s+\| degrees C\s+\| ok\s+\| na\s+\| na\s+\| na\s+\| 40\.000\s+\| 45\.000\s+\| 50\.000"));
        Assert.That(output, Does.Match(@"Fan 1\s+\| [\d.]+\s+\| RPM\s+\| \w+\s+\| na\s+\| 1000\.000\s+\| 1500\.000\s+\| na"));
    }

    [Test, Description("the reading ipmitool decodes through the SDR matches the LM75 register read over Master Write-Read")]
    public async Task Sensor_get_inlet_temp_matches_the_simulated_chip()
    {
        var sensor = await Ipmitool("sensor", "get", "Inlet Temp");
        var register = await Ipmitool("i2c", "bus=1", "0x90", "2", "0x00");
        var reading = double.Parse(Regex.Match(sensor, @"Sensor Reading\s+: (-?[\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var bytes = Regex.Match(register, @"^\s*([0-9a-f]{2}) ([0-9a-f]{2})", RegexOptions.Multiline);
        var chip = (sbyte)Convert.ToByte(bytes.Groups[1].Value, 16) + (Convert.ToByte(bytes.Groups[2].Value, 16) >> 7) * 0.5;

        Assert.That(sensor, Does.Contain("Sensor Type (Threshold)  : Temperature"));
        Assert.That(reading, Is.EqualTo(chip).Within(1.0), "0.5 °C resolution plus at most one refresh of drift");
    }

    [Test, Order(1), Description("before Sel_clear: lowering PSU1 Temp's upper non-critical threshold below its reading makes the next refresh log a crossing")]
    public async Task Sel_info_and_elist_show_the_sensor_events()
    {
        Assert.That(await Ipmitool("sensor", "thresh", "PSU1 Temp", "unc", "5"), Does.Contain("Setting sensor \"PSU1 Temp\" Upper Non-Critical threshold to 5.000"));
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two refresh periods: the refresher sees the crossing
        var list = await Ipmitool("sel", "list");
        Assert.That(list, Does.Contain("Upper Non-critical going high"));
        var info = await Ipmitool("sel", "info");
        Assert.That(info, Does.Match(@"Version\s+: 1\.5"));
        Assert.That(info, Does.Match(@"Entries\s+: \d+"));
        Assert.That(info, Does.Contain("'Delete' 'Reserve' 'Get Alloc Info'"));
        Assert.That(await Ipmitool("sel", "elist"), Does.Match(@"Temperature PSU1 Temp \| Upper Non-critical going high\s+\| Asserted \| Reading [\d.]+ > Threshold 5 degrees C"));
    }

    [Test]
    public async Task Sel_clear_leaves_only_the_clearing_record()
    {
        Assert.That(await Ipmitool("sel", "clear"), Does.Contain("Clearing SEL"));
        var list = await Ipmitool("sel", "elist");
        Assert.That(list, Does.Contain("Event Logging Disabled"));
        Assert.That(list, Does.Contain("Log area reset/cleared"));
        Assert.That(await Ipmitool("sel", "info"), Does.Match(@"Entries\s+: [12]\n"), "the clearing record, maybe one new sensor event");
    }

    [Test]
    public async Task Fru_print_shows_the_demo_board()
    {
        var output = await Ipmitool("fru", "print");
        Assert.That(output, Does.Contain("FRU Device Description : Builtin FRU Device (ID 0)"));
        Assert.That(output, Does.Match(@"Board Mfg\s+: IpmiSidecar"));
        Assert.That(output, Does.Match(@"Product Name\s+: demo-1u"));
    }

    [Test]
    public async Task Dcmi_power_reading_reports_watts_and_an_active_measurement()
    {
        var output = await Ipmitool("dcmi", "power", "reading");
        Assert.That(output, Does.Match(@"Instantaneous power reading:\s+\d+ Watts"));
        Assert.That(output, Does.Match(@"Average power reading over sample period:\s+\d+ Watts"));
        Assert.That(output, Does.Contain("Power reading state is:                   activated"));
    }

    [Test, Description("ipmitool i2c bus=1 0xa0 8 0x00: the FRU EEPROM's common header starts with format version 01")]
    public async Task I2c_reads_the_fru_eeprom_header()
    {
        var output = await Ipmitool("i2c", "bus=1", "0xa0", "8", "0x00");
        Assert.That(Regex.IsMatch(output, @"^ 01 00 00 01 [0-9a-f]{2} [0-9a-f]{2} 00 [0-9a-f]{2}\s*$", RegexOptions.Multiline), Is.True, output);
    }

    [Test]
    public async Task Watchdog_get_shows_a_stopped_timer() =>
        Assert.That(await Ipmitool("mc", "watchdog", "get"), Does.Match(@"Watchdog Timer Is:\s+Stopped"));
}

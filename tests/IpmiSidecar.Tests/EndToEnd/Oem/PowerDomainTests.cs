using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// The demo's fans and host rails are on the main power domain: while the host is off ipmitool shows them without a
/// reading and the SEL gets no fan or voltage threshold entries; after power-on they read again.
/// </summary>
[NonParallelizable]
public class PowerDomainTests
{
    private SidecarProcess _sidecar = null!;

    [SetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync();

    [TearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<string> Ipmitool(params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    [Test]
    public async Task Main_domain_sensors_have_no_reading_and_no_events_while_off_then_read_after_power_on()
    {
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few refresh cycles with the host off
        var sel = await Ipmitool("sel", "list");
        // ipmitool 1.8.19 reports a sensor with scanning disabled as "Device Not Present" and exits 1.
        var fanWhileOff = await Support.Ipmitool.RunAsync(_sidecar.Port, "17", "admin", "ipmisidecar", "sensor", "get", "Fan 1");
        var listWhileOff = await Ipmitool("sensor", "list");

        await DemoHost.PowerOnAsync(_sidecar.Port);
        var fanWhileOn = await Ipmitool("sensor", "get", "Fan 1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sel, Does.Not.Contain("Fan").And.Not.Contain("Voltage"));
            Assert.That(fanWhileOff.StdOut, Does.Contain("Sensor Reading        :  Unable to read sensor: Device Not Present").And.Not.Contain("RPM"));
            Assert.That(listWhileOff, Does.Match(@"(?m)^Fan 1\s+\| na\s+\|"));
            Assert.That(listWhileOff, Does.Match(@"(?m)^12V\s+\| na\s+\|"));
            Assert.That(listWhileOff, Does.Match(@"(?m)^Inlet Temp\s+\| \d+\.\d+\s+\| degrees C"));
            Assert.That(fanWhileOn, Does.Match(@"Sensor Reading\s+: \d+ \(\+/- \d+\) RPM"));
        }
    }
}

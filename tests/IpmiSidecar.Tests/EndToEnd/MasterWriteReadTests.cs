using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// Master Write-Read (IPMI v2.0 §22.11) through `ipmitool i2c` on the demo's simulated bus, limited by the
/// configured allowlist (I2c:MasterWriteReadAllow): here the FRU EEPROM and an address where nothing answers.
/// </summary>
[NonParallelizable]
public class MasterWriteReadTests
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync("--I2c:MasterWriteReadAllow=1:0x50,1:0x33");

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private Task<ToolResult> Ipmitool(params string[] command) =>
        Support.Ipmitool.RunAsync(_sidecar.Port, "3", "admin", "ipmisidecar", command);

    [Test]
    public async Task Allowed_eeprom_returns_the_fru_common_header()
    {
        var result = await Ipmitool("i2c", "bus=1", "0xa0", "8", "0x00");
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.StdOut, Does.StartWith(" 01 00 00 01"));
    }

    [Test]
    public async Task Absent_address_answers_nak_on_write_at_once()
    {
        var result = await Ipmitool("raw", "0x06", "0x52", "0x03", "0x66", "0x01");
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString);
        Assert.That(result.StdErr, Does.Contain("rsp=0x83"), result.ToString);
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)), result.ToString);
    }

    [Test]
    public async Task Target_outside_the_allowlist_is_an_invalid_field()
    {
        var result = await Ipmitool("raw", "0x06", "0x52", "0x03", "0x90", "0x02", "0x00");
        Assert.That(result.StdErr, Does.Contain("rsp=0xcc"), result.ToString);
    }

    [Test]
    public async Task Operator_privilege_is_not_enough()
    {
        var result = await Ipmitool("-L", "OPERATOR", "raw", "0x06", "0x52", "0x03", "0xa0", "0x01", "0x00");
        Assert.That(result.StdErr, Does.Contain("rsp=0xd4"), result.ToString);
    }
}

using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// FreeIPMI 1.6 tools against the executable. FreeIPMI defaults to cipher suite 3 and USER privilege,
/// asks Open Session for privilege 0 ("highest matching") and requires the granted level in the answer.
/// </summary>
[NonParallelizable]
public class FreeIpmiFoundationTests
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync();

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private Task<ToolResult> FreeIpmi(string tool, params string[] arguments) =>
        Tool.RunAsync(tool, ["-D", "LAN_2_0", "-h", $"127.0.0.1:{_sidecar.Port}", "-u", "admin", "-p", "ipmisidecar", .. arguments], TimeSpan.FromSeconds(60));

    [Test]
    public async Task Bmc_info_at_default_user_privilege_prints_identity_and_guid()
    {
        var result = await FreeIpmi("bmc-info");
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.StdOut, Does.Match(@"Device ID\s+: 32\n"));
        Assert.That(result.StdOut, Does.Match(@"Firmware Revision\s+: 1\.02\n"));
        Assert.That(result.StdOut, Does.Match(@"IPMI Version\s+: 2\.0\n"));
        Assert.That(result.StdOut, Does.Match(@"System GUID\s+: 5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00\n"));
        Assert.That(result.StdOut, Does.Match(@"Medium Type\s+: 802\.3 LAN\n"));
    }

    [Test]
    public async Task Ipmi_raw_get_device_id_at_administrator_privilege()
    {
        var result = await FreeIpmi("ipmi-raw", "-l", "ADMIN", "0", "6", "1");
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.StdOut.Trim(), Does.StartWith("rcvd: 01 00 20 01 01 02 02"));
    }

    [Test]
    public async Task Wrong_password_is_refused()
    {
        var result = await Tool.RunAsync("bmc-info", ["-D", "LAN_2_0", "-h", $"127.0.0.1:{_sidecar.Port}", "-u", "admin", "-p", "wrong"], TimeSpan.FromSeconds(60));
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString);
        Assert.That(result.StdErr, Does.Contain("password invalid").IgnoreCase, result.ToString);
    }
}

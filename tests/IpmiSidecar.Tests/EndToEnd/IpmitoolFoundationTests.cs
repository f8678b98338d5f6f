using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// The real ipmitool 1.8.19 (-I lanplus) against the real executable on the simulated demo platform,
/// with cipher suite 3, 17 and none given (ipmitool then asks Get Channel Cipher Suites and picks 17).
/// </summary>
[TestFixture("3")]
[TestFixture("17")]
[TestFixture(null)]
[NonParallelizable]
public class IpmitoolFoundationTests(string? cipherSuite)
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync();

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private Task<ToolResult> Ipmitool(params string[] command) =>
        Support.Ipmitool.RunAsync(_sidecar.Port, cipherSuite, "admin", "ipmisidecar", command);

    private static void Succeeded(ToolResult result)
    {
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        // Falling back after an unanswered Get Channel Cipher Suites takes ipmitool ~10 s; answered, it is quick.
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), result.ToString);
    }

    [Test]
    public async Task Mc_info_prints_the_demo_identity()
    {
        var result = await Ipmitool("mc", "info");
        Succeeded(result);
        Assert.That(result.StdOut, Does.Match(@"Device ID\s+: 32\n"));
        Assert.That(result.StdOut, Does.Match(@"Device Revision\s+: 1\n"));
        Assert.That(result.StdOut, Does.Match(@"Firmware Revision\s+: 1\.02\n"));
        Assert.That(result.StdOut, Does.Match(@"IPMI Version\s+: 2\.0\n"));
        Assert.That(result.StdOut, Does.Match(@"Manufacturer ID\s+: 0\n"));
        Assert.That(result.StdOut, Does.Match(@"Product ID\s+: 1 \(0x0001\)\n"));
        Assert.That(result.StdOut, Does.Match(@"Device Available\s+: yes\n"));
    }

    [Test]
    public async Task Mc_guid_prints_the_profiles_system_guid_in_ipmi_encoding()
    {
        var result = await Ipmitool("mc", "guid");
        Succeeded(result);
        Assert.That(result.StdOut, Does.Match(@"System GUID\s+: 5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00\n"));
        Assert.That(result.StdOut, Does.Match(@"GUID Encoding\s+: IPMI\n"));
    }

    [Test]
    public async Task Raw_get_device_id_returns_table_20_2_bytes()
    {
        var result = await Ipmitool("raw", "0x06", "0x01");
        Succeeded(result);
        // Device 0x20, revision 1, firmware 1.02, IPMI 2.0, support bits (what the node offers),
        // manufacturer 0, product 1, auxiliary revision 0 — Table 20-2 order.
        Assert.That(result.StdOut.Trim(), Does.Match("^20 01 01 02 02 [0-9a-f]{2} 00 00 00 01 00 00 00 00 00$"));
    }

    [Test]
    public async Task Session_info_active_shows_this_administrator_session()
    {
        var result = await Ipmitool("session", "info", "active");
        Succeeded(result);
        Assert.That(result.StdOut, Does.Match(@"session handle\s+: \d+\n"));
        Assert.That(result.StdOut, Does.Match(@"privilege level\s+: ADMINISTRATOR\n"));
        Assert.That(result.StdOut, Does.Match(@"session type\s+: IPMIv2/RMCP\+\n"));
        Assert.That(result.StdOut, Does.Match(@"console ip\s+: 127\.0\.0\.1\n"));
        Assert.That(result.StdOut, Does.Match(@"channel number\s+: 0x01\n"));
    }

    [Test]
    public async Task Wrong_password_is_refused()
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, cipherSuite, "admin", "wrong-password", "mc", "info");
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString);
        Assert.That(result.StdErr, Does.Contain("Unable to establish IPMI v2 / RMCP+ session"), result.ToString);
        Assert.That(result.StdOut, Does.Not.Contain("Device ID"));
    }

    [Test]
    public async Task Unknown_user_is_answered_and_fails_fast()
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, cipherSuite, "nobody", "ipmisidecar", "-v", "mc", "info");
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString);
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), result.ToString);
        Assert.That(result.StdErr, Does.Contain("unauthorized name"), result.ToString);
    }
}

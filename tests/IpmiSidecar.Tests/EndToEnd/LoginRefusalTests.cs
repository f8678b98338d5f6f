using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>What must not work: cipher suite 0 while it is not enabled, and suites the operator did not offer.</summary>
[NonParallelizable]
public class LoginRefusalTests
{
    [Test]
    public async Task Cipher_suite_zero_is_refused_by_default()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        var result = await Ipmitool.RunAsync(sidecar.Port, "0", "admin", "ipmisidecar", "mc", "info");
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString);
        Assert.That(result.StdOut, Does.Not.Contain("Device ID"));
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), result.ToString);
    }

    [TestCase("1")]
    [TestCase("2")]
    [TestCase("15")]
    [TestCase("16")]
    public async Task Other_suites_work_when_the_operator_offers_them(string suite)
    {
        await using var sidecar = await SidecarProcess.StartAsync("--Lan:CipherSuites=1,2,3,15,16,17");
        var result = await Ipmitool.RunAsync(sidecar.Port, suite, "admin", "ipmisidecar", "raw", "0x06", "0x01");
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.StdOut.Trim(), Does.StartWith("20 01 01 02 02"));
    }

    [Test]
    public async Task A_suite_not_offered_is_refused()
    {
        await using var sidecar = await SidecarProcess.StartAsync("--Lan:CipherSuites=17");
        var result = await Ipmitool.RunAsync(sidecar.Port, "3", "admin", "ipmisidecar", "raw", "0x06", "0x01");
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString);
    }

    [Test]
    public async Task Bmc_key_kg_is_required_once_configured()
    {
        await using var sidecar = await SidecarProcess.StartAsync("--Lan:BmcKey=chassis-key-1");
        var withKey = await Ipmitool.RunAsync(sidecar.Port, "3", "admin", "ipmisidecar", "-k", "chassis-key-1", "raw", "0x06", "0x01");
        var withoutKey = await Ipmitool.RunAsync(sidecar.Port, "3", "admin", "ipmisidecar", "raw", "0x06", "0x01");
        Assert.That(withKey.ExitCode, Is.Zero, withKey.ToString);
        Assert.That(withKey.StdOut.Trim(), Does.StartWith("20 01 01 02 02"));
        Assert.That(withoutKey.ExitCode, Is.Not.Zero, withoutKey.ToString);
    }

    [Test]
    public async Task A_source_outside_the_allowlist_gets_no_answer()
    {
        await using var allowed = await SidecarProcess.StartAsync("--Lan:AllowedSources=127.0.0.0/8");
        await using var refused = await SidecarProcess.StartAsync("--Lan:AllowedSources=192.0.2.0/24");
        var fromAllowed = await Ipmitool.RunAsync(allowed.Port, "3", "admin", "ipmisidecar", "raw", "0x06", "0x01");
        var fromRefused = await Ipmitool.RunAsync(refused.Port, "3", "admin", "ipmisidecar", "-N", "1", "-R", "1", "raw", "0x06", "0x01");
        Assert.That(fromAllowed.ExitCode, Is.Zero, fromAllowed.ToString);
        Assert.That(fromRefused.ExitCode, Is.Not.Zero, fromRefused.ToString);
        Assert.That(fromRefused.StdOut, Does.Not.Contain("20 01"));
    }
}

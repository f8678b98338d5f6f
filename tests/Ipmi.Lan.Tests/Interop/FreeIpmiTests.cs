namespace Ipmi.Lan.Tests.Interop;

/// <summary>FreeIPMI's ipmi-raw, rmcpping and ipmiping against an in-process listener.</summary>
[TestFixture, NonParallelizable]
public class FreeIpmiTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private ListenerHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await ListenerHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test, Description("FreeIPMI defaults to cipher suite 3 and USER privilege")]
    public async Task Ipmi_raw_get_device_id_succeeds()
    {
        var result = await ClientProcess.RunAsync("ipmi-raw",
            $"-D LAN_2_0 -h 127.0.0.1:{_host.Port} -u admin -p secret --session-timeout=5000 --retransmission-timeout=1000 0 6 1", Limit);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output.Trim(), Is.EqualTo("rcvd: 01 00 20 01 01 02 02 BF F2 1B 00 01 00"));
    }

    [Test]
    public async Task Ipmi_raw_with_suite_17_at_admin_succeeds()
    {
        var result = await ClientProcess.RunAsync("ipmi-raw",
            $"-D LAN_2_0 -I 17 -l ADMIN -h 127.0.0.1:{_host.Port} -u admin -p secret --session-timeout=5000 0 6 1", Limit);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output.Trim(), Is.EqualTo("rcvd: 01 00 20 01 01 02 02 BF F2 1B 00 01 00"));
    }

    [Test]
    public async Task Ipmi_raw_asking_more_than_the_user_may_fails()
    {
        var result = await ClientProcess.RunAsync("ipmi-raw",
            $"-D LAN_2_0 -l ADMIN -h 127.0.0.1:{_host.Port} -u viewer -p viewsecret --session-timeout=3000 0 6 1", Limit);
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.ToString());
        Assert.That(result.Error, Does.Contain("privilege"));
    }
}

/// <summary>
/// rmcpping and ipmiping cannot be given a port: they always probe UDP 623, so this fixture listens there and
/// is skipped when the port is taken.
/// </summary>
[TestFixture, NonParallelizable]
public class FreeIpmiPingTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private ListenerHost? _host;

    [OneTimeSetUp]
    public async Task Start()
    {
        try
        {
            _host = await ListenerHost.StartAsync(o => o.Port = 623);
        }
        catch (IOException exception)
        {
            Assert.Ignore($"UDP 623 unavailable: {exception.Message}");
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task Rmcpping_gets_a_pong()
    {
        var result = await ClientProcess.RunAsync("rmcpping", "-c 1 -t 2 127.0.0.1", Limit);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Contain("pong received from 127.0.0.1"));
    }

    [TestCase("1.5")]
    [TestCase("2.0")]
    public async Task Ipmiping_gets_a_response(string version)
    {
        var result = await ClientProcess.RunAsync("ipmiping", $"-c 1 -t 2 -r {version} 127.0.0.1", Limit);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Contain("response received from 127.0.0.1"));
    }
}

namespace Ipmi.Lan.Tests.Interop;

/// <summary>The real ipmitool 1.8.19 (lanplus) against an in-process listener.</summary>
[TestFixture, NonParallelizable]
public class IpmitoolTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private ListenerHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await ListenerHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    private Task<ClientProcess.Result> Ipmitool(string arguments, string user = "admin", string password = "secret") =>
        ClientProcess.RunAsync("ipmitool", $"-I lanplus -H 127.0.0.1 -p {_host.Port} -U {user} -P {password} -N 1 -R 2 {arguments}", Limit);

    [Test]
    public void Listener_logs_the_bound_port() =>
        Assert.That(_host.Logs.Messages, Does.Contain($"Information 1 Listening on 127.0.0.1:{_host.Port}"));

    [TestCase("-C 3")]
    [TestCase("-C 17")]
    [TestCase("")]
    public async Task Raw_get_device_id_succeeds(string suite)
    {
        var result = await Ipmitool($"{suite} raw 0x06 0x01");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output.Trim(), Is.EqualTo("20 01 01 02 02 bf f2 1b 00 01 00"));
    }

    [Test]
    public async Task Session_info_active_reports_this_session()
    {
        var result = await Ipmitool("-C 17 session info active");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Match(@"privilege level\s+: ADMINISTRATOR"));
        Assert.That(result.Output, Does.Match(@"console ip\s+: 127\.0\.0\.1"));
        Assert.That(result.Output, Does.Match(@"session type\s+: IPMIv2/RMCP\+"));
    }

    [Test]
    public async Task Wrong_password_fails()
    {
        var result = await Ipmitool("-v -C 3 raw 0x06 0x01", password: "wrong");
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.ToString());
        Assert.That(result.Error, Does.Contain("RAKP 2 HMAC is invalid"));
        // ipmitool abandons the handshake without a RAKP 3: the half-open session is reaped later.
        _host.Fixture.Clock.Advance(TimeSpan.FromSeconds(6));
        _host.Fixture.Sessions.Sweep();
        Assert.That(_host.Fixture.Sessions.HalfOpenCount, Is.EqualTo(0));
    }

    [Test]
    public async Task Unknown_user_fails_within_two_seconds()
    {
        var result = await Ipmitool("-v -C 17 raw 0x06 0x01", user: "nobody");
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.ToString());
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), result.ToString());
        Assert.That(result.Error, Does.Contain("unauthorized name"));
    }

    [Test]
    public async Task Cipher_suite_zero_is_refused_promptly()
    {
        var result = await Ipmitool("-v -C 0 raw 0x06 0x01");
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.ToString());
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), result.ToString());
        Assert.That(result.Error, Does.Contain("no matching cipher suite"));
    }
}

using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Security;

/// <summary>Failed logins locked out per source address and per user name (LanOptions.LoginFailureLimit / Window / Lockout).</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class LoginThrottleTests
{
    private static IPEndPoint Source(int host, int port = 40000) => new(IPAddress.Parse($"127.0.0.{host}"), port);

    private static ScriptedClient Client(LanFixture lan, int host) => new(lan.Processor, Source(host));

    /// <summary>Open Session, RAKP 1 and nothing more: what ipmitool does after a RAKP 2 that fails its password check.</summary>
    private static void Abandon(LanFixture lan, int host, string user = "admin")
    {
        var client = Client(lan, host).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1(user, "guess", PrivilegeLevel.Administrator);
        Assert.That((RmcpPlusStatus)client.Reply[17], Is.EqualTo(RmcpPlusStatus.NoErrors), "a RAKP 2 the console cannot verify");
    }

    private static void WrongPassword(LanFixture lan, int host, string user = "admin") =>
        Client(lan, host).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1(user, "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors)
            .SendRakp3(correct: false).ExpectRakp4(RmcpPlusStatus.InvalidIntegrityCheckValue);

    [Test]
    public void Five_abandoned_handshakes_lock_the_source_out_for_the_lockout_and_no_one_else()
    {
        using var logs = new LogCollector();
        using var lan = new LanFixture(logs: logs);
        for (var i = 0; i < 5; i++)
        {
            Abandon(lan, 9);
            lan.Clock.Advance(TimeSpan.FromSeconds(6));     // reaped as half-open: a failed login
            lan.Sessions.Sweep();
        }
        Client(lan, 9).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.InsufficientResources);
        Client(lan, 10).Login(CipherSuite.Suite3, "admin", "secret");
        Assert.That(logs.Messages, Has.Some.Contains("Warning 14 Source 127.0.0.9 locked out for 30 s after 5 failed logins"));
        Assert.That(logs.Messages, Has.Some.Contains("Warning 12 Login failed from 127.0.0.9:40000: source locked out after failed logins"));
        lan.Clock.Advance(TimeSpan.FromSeconds(31));
        Client(lan, 9).Login(CipherSuite.Suite3, "admin", "secret");
    }

    [Test]
    public void Unknown_names_count_against_the_source()
    {
        using var lan = new LanFixture();
        for (var i = 0; i < 5; i++)
        {
            Client(lan, 9).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
                .SendRakp1($"guess{i}", "x", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.UnauthorizedName);
        }
        Client(lan, 9).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.InsufficientResources);
    }

    [Test]
    public void Failures_older_than_the_window_are_forgotten()
    {
        using var lan = new LanFixture();
        for (var i = 0; i < 8; i++)
        {
            Client(lan, 9).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
                .SendRakp1("nobody", "x", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.UnauthorizedName);
            lan.Clock.Advance(TimeSpan.FromSeconds(20));
        }
        Client(lan, 9).Login(CipherSuite.Suite3, "admin", "secret");
    }

    [Test]
    public void Successful_logins_never_count()
    {
        using var lan = new LanFixture();
        for (var i = 0; i < 20; i++)
            Client(lan, 9).Login(CipherSuite.Suite17, "admin", "secret");
        Client(lan, 9).Login(CipherSuite.Suite3, "admin", "secret");
    }

    [Test]
    public void Five_wrong_passwords_lock_the_name_out_from_every_source()
    {
        using var logs = new LogCollector();
        using var lan = new LanFixture(logs: logs);
        for (var i = 0; i < 5; i++)
            WrongPassword(lan, 20 + i);
        Assert.That(logs.Messages, Has.Some.Contains("Warning 15 User admin locked out for 30 s after 5 wrong passwords"));
        Client(lan, 30).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.UnauthorizedName);
        Client(lan, 31).Login(CipherSuite.Suite3, "operator", "opsecret", PrivilegeLevel.Operator);
        lan.Clock.Advance(TimeSpan.FromSeconds(31));
        Client(lan, 30).Login(CipherSuite.Suite3, "admin", "secret");
    }

    [Test, Description("Abandoned handshakes prove nothing about a password: a RAKP 1 flood naming admin does not lock admin out")]
    public void Abandoned_handshakes_from_many_sources_do_not_lock_the_name_out()
    {
        using var lan = new LanFixture();
        for (var i = 0; i < 40; i++)
            Abandon(lan, 100 + i);
        Client(lan, 1).Login(CipherSuite.Suite17, "admin", "secret");
    }

    [Test]
    public void A_limit_of_zero_turns_the_throttle_off()
    {
        using var lan = new LanFixture(o => o.LoginFailureLimit = 0);
        for (var i = 0; i < 10; i++)
            WrongPassword(lan, 9);
        Client(lan, 9).Login(CipherSuite.Suite3, "admin", "secret");
    }
}

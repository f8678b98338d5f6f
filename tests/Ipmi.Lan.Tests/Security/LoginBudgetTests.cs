using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Security;

/// <summary>
/// The per-source login budget (LanOptions.LoginBurst / LoginRefill, SECURITY.md "Login limits"): only the source's
/// own failures spend it, the server's own limits never do, and no one can lock an account.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class LoginBudgetTests
{
    private const int Burst = 4;

    private static LanFixture Lan(LogCollector? logs = null, Action<LanOptions>? more = null) => new(o =>
    {
        o.LoginBurst = Burst;
        o.LoginRefill = TimeSpan.FromSeconds(6);
        more?.Invoke(o);
    }, logs: logs);

    private static ScriptedClient Client(LanFixture lan, int host, int port = 40000) =>
        new(lan.Processor, new IPEndPoint(IPAddress.Parse($"127.0.0.{host}"), port));

    private static void WrongPassword(LanFixture lan, int host, string user = "admin") =>
        Client(lan, host).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1(user, "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors)
            .SendRakp3(correct: false).ExpectRakp4(RmcpPlusStatus.InvalidIntegrityCheckValue);

    private static void ExpectBudgetSpent(LanFixture lan, int host) =>
        Client(lan, host).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.InsufficientResources);

    [Test]
    public void Correct_logins_never_spend_the_budget()
    {
        using var lan = Lan();
        for (var i = 0; i < Burst * 5; i++)
            Client(lan, 9).Login(CipherSuite.Suite17, "admin", "secret");
        for (var i = 0; i < Burst; i++)
            WrongPassword(lan, 9);
        ExpectBudgetSpent(lan, 9);
    }

    [Test]
    public void Wrong_passwords_spend_the_burst_then_one_login_per_refill_interval()
    {
        using var lan = Lan();
        for (var i = 0; i < Burst; i++)
            WrongPassword(lan, 9);
        ExpectBudgetSpent(lan, 9);
        lan.Clock.Advance(TimeSpan.FromSeconds(5));
        ExpectBudgetSpent(lan, 9);
        lan.Clock.Advance(TimeSpan.FromSeconds(1));
        WrongPassword(lan, 9);
        ExpectBudgetSpent(lan, 9);
        lan.Clock.Advance(TimeSpan.FromSeconds(6));
        Client(lan, 9).Login(CipherSuite.Suite3, "admin", "secret");
    }

    [Test]
    public void Wrong_passwords_for_admin_from_many_sources_never_lock_admin_out_of_a_clean_source()
    {
        using var lan = Lan();
        for (var host = 10; host < 30; host++)
        {
            for (var i = 0; i < Burst; i++)
                WrongPassword(lan, host);
            ExpectBudgetSpent(lan, host);
        }
        Client(lan, 9).Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
    }

    [Test]
    public void Unknown_names_and_handshakes_abandoned_after_rakp2_spend_the_budget()
    {
        using var lan = Lan();
        Client(lan, 9).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("nobody", "x", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.UnauthorizedName);
        for (var i = 0; i < Burst - 1; i++)
        {
            var client = Client(lan, 9, 41000 + i).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
                .SendRakp1("admin", "guess", PrivilegeLevel.Administrator);
            Assert.That((RmcpPlusStatus)client.Reply[17], Is.EqualTo(RmcpPlusStatus.NoErrors), "a RAKP 2 the console cannot verify");
        }
        lan.Clock.Advance(TimeSpan.FromSeconds(5.5));   // reaped as half-open after 5 s; the refill has not yet earned a token
        lan.Sessions.Sweep();
        ExpectBudgetSpent(lan, 9);
    }

    [Test]
    public void An_open_session_never_followed_by_rakp1_costs_nothing()
    {
        using var lan = Lan();
        for (var i = 0; i < Burst * 3; i++)
            Client(lan, 9, 41000 + i).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        lan.Clock.Advance(TimeSpan.FromSeconds(6));
        lan.Sessions.Sweep();
        for (var i = 0; i < Burst; i++)
            WrongPassword(lan, 9);
        ExpectBudgetSpent(lan, 9);
    }

    [Test]
    public void Refusals_for_the_servers_own_limits_never_spend_the_budget()
    {
        using var lan = Lan(more: o => o.MaxSessions = 1);
        var holder = Client(lan, 8).Login(CipherSuite.Suite3, "admin", "secret");
        for (var i = 0; i < Burst * 3; i++)
            Client(lan, 9).SendOpenSession(CipherSuite.Suite3).ExpectDrop();
        holder.SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(holder.BmcSessionId)).ExpectResponse(0);

        // RAKP 3 with the right password, retried while every slot is taken: its token comes back once.
        var late = Client(lan, 9).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
        holder = Client(lan, 8).Login(CipherSuite.Suite3, "admin", "secret");
        for (var i = 0; i < 3; i++)
            late.SendRakp3().ExpectDrop();
        holder.SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(holder.BmcSessionId)).ExpectResponse(0);
        late.SendRakp3().ExpectRakp4(RmcpPlusStatus.NoErrors)
            .SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(late.BmcSessionId)).ExpectResponse(0);

        for (var i = 0; i < Burst; i++)
            WrongPassword(lan, 9);
        ExpectBudgetSpent(lan, 9);
    }

    [Test]
    public void A_flood_of_refusals_is_logged_once_per_source_per_interval_with_the_count_held_back()
    {
        using var logs = new LogCollector();
        using var lan = Lan(logs);
        for (var i = 0; i < Burst; i++)
            WrongPassword(lan, 9);
        for (var i = 0; i < 500; i++)
            ExpectBudgetSpent(lan, 9);
        WrongPassword(lan, 10);
        Assert.That(logs.Messages.Count(m => m.Contains("127.0.0.9:")), Is.EqualTo(1), string.Join("\n", logs.Messages));
        Assert.That(logs.Messages.Count(m => m.Contains("127.0.0.10:")), Is.EqualTo(1));
        Assert.That(logs.Messages, Has.Some.Contains("Warning 12 Login failed from 127.0.0.9:40000: InvalidIntegrityCheckValue (user admin) (0 more"));
        lan.Clock.Advance(TimeSpan.FromSeconds(10));    // the interval is over, and the refill has earned one token
        WrongPassword(lan, 9);
        ExpectBudgetSpent(lan, 9);
        Assert.That(logs.Messages, Has.Some.Contains(
            "Warning 12 Login failed from 127.0.0.9:40000: InvalidIntegrityCheckValue (user admin) (503 more from this address not logged in the last interval)"));
        Assert.That(logs.Messages.Count(m => m.Contains("127.0.0.9:")), Is.EqualTo(2));
    }

    [Test]
    public void A_zero_burst_turns_the_budget_off()
    {
        using var lan = new LanFixture(o => o.LoginBurst = 0);
        for (var i = 0; i < 200; i++)
            WrongPassword(lan, 9);
        Client(lan, 9).Login(CipherSuite.Suite3, "admin", "secret");
    }
}

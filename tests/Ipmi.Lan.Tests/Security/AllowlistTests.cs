using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Sessions;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Tests.Security;

/// <summary>Lan:AllowedSources: datagrams from outside the listed networks are dropped unanswered and logged.</summary>
public class AllowlistTests
{
    [Test]
    public void Sources_outside_the_allowlist_get_no_answer_not_even_a_pong()
    {
        using var logs = new LogCollector();
        using var lan = new LanFixture(o => o.AllowedSources = ["127.0.0.0/30", "10.9.9.9"], logs: logs);
        new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Parse("127.0.0.2"), 40000)).Login(CipherSuite.Suite17, "admin", "secret");
        new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Parse("10.9.9.9"), 40000)).Login(CipherSuite.Suite17, "admin", "secret");
        var outsider = new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Parse("127.0.0.4"), 40001));
        outsider.SendOpenSession(CipherSuite.Suite17).ExpectDrop()
            .Send(Convert.FromHexString("06000006000011be80000000")).ExpectDrop();
        Assert.That(logs.Messages, Has.Some.EqualTo("Debug 16 Dropped datagram from 127.0.0.4:40001: source not in Lan:AllowedSources"));
    }

    [TestCase("192.0.2.0/24", "192.0.2.200", true)]
    [TestCase("192.0.2.0/24", "192.0.3.1", false)]
    [TestCase("192.0.2.7", "192.0.2.7", true)]
    [TestCase("192.0.2.7", "192.0.2.8", false)]
    [TestCase("192.0.2.0/24", "::ffff:192.0.2.9", true)]
    [TestCase("2001:db8::/32", "2001:db8::1", true)]
    [TestCase("2001:db8::/32", "192.0.2.1", false)]
    public void Cidr_matching(string entry, string address, bool allowed) =>
        Assert.That(new SourceAllowlist(Options.Create(new LanOptions { AllowedSources = [entry] })).Allows(IPAddress.Parse(address)), Is.EqualTo(allowed));

    [TestCase("10.0.0.0/33")]
    [TestCase("ten")]
    [TestCase("10.0.0.1/8")]
    public void A_malformed_entry_stops_start_up_naming_it(string entry)
    {
        var error = Assert.Throws<ArgumentException>(() => new SourceAllowlist(Options.Create(new LanOptions { AllowedSources = [entry] })));
        Assert.That(error!.Message, Does.Contain($"'{entry}'"));
    }
}

using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Security;

/// <summary>A captured authenticated packet sent again never runs again (IPMI v2.0 §6.12.13, §13.28.4).</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ReplayTests
{
    [TestCaseSource(typeof(Sessions.SessionScenarioTests), nameof(Sessions.SessionScenarioTests.Suites))]
    public void A_replayed_packet_is_dropped_for_every_suite(CipherSuite suite)
    {
        using var lan = new LanFixture();
        var client = new ScriptedClient(lan.Processor).Login(suite, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        var captured = client.LastSent;
        client.SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        client.Send(captured).ExpectDrop();
        Assert.That(lan.Stub.Calls, Is.EqualTo(2));
    }

    [Test]
    public void A_packet_of_a_closed_session_is_dropped()
    {
        using var lan = new LanFixture();
        var client = new ScriptedClient(lan.Processor).Login(CipherSuite.Suite17, "admin", "secret");
        var message = client.SendCommand(NetFn.App, 0x01).LastMessage;
        client.SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(client.BmcSessionId)).ExpectResponse(0)
            .SendMessage(message, 20).ExpectDrop();
        Assert.That(lan.Stub.Calls, Is.EqualTo(1));
    }

    [Test, Description("Integrity is checked before the sequence window: a forged packet cannot burn sequence numbers")]
    public void A_forged_packet_does_not_consume_its_sequence_number()
    {
        using var lan = new LanFixture();
        var client = new ScriptedClient(lan.Processor).Login(CipherSuite.Suite3, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        var forged = client.LastSent.ToArray();
        forged[10]++;                                   // session sequence number 1 → 2, the AuthCode left as it was
        client.Send(forged).ExpectDrop()
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        Assert.That(client.LastSent[10], Is.EqualTo(2), "the genuine packet used the number the forged one named");
        Assert.That(lan.Stub.Calls, Is.EqualTo(2));
    }

    [Test, NonParallelizable, Description("The same over a real socket: a captured UDP datagram re-sent gets no answer")]
    public async Task A_replayed_datagram_over_udp_gets_no_answer_and_runs_nothing()
    {
        await using var host = await ListenerHost.StartAsync();
        using var udp = new UdpTransport(host.EndPoint, IPAddress.Parse("127.0.0.33"));
        var client = new ScriptedClient(udp.Exchange).Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        var captured = client.LastSent;
        client.Send(captured).ExpectDrop();
        using var other = new UdpTransport(host.EndPoint, IPAddress.Parse("127.0.0.34"));
        Assert.That(other.Exchange(captured), Is.Empty, "from another address too");
        Assert.That(host.Fixture.Stub.Calls, Is.EqualTo(1));
        client.SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
    }
}

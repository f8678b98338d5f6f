using System.Net;
using System.Net.Sockets;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;
using Ipmi.Protocol.Messages;

namespace Ipmi.Lan.Tests.Sessions;

/// <summary>Pre-session traffic as real clients send it, replayed from the captures through <see cref="DatagramProcessor"/>.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class SessionlessTests
{
    private readonly LanFixture _lan = new();

    [TearDown]
    public void Dispose() => _lan.Dispose();

    private byte[] Process(byte[] datagram)
    {
        var reply = new byte[DatagramProcessor.MaxDatagram];
        var n = _lan.Processor.ProcessAsync(datagram, reply, LanFixture.Console, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return reply[..n];
    }

    [Test, Description("ipmitool's first datagram (lanplus-cs3-mc-info line 1): IPMI 1.5 framing, channel byte 8Eh")]
    public void Get_channel_authentication_capabilities_in_v15_framing_is_answered_in_v15_framing()
    {
        var request = Transcript.Datagrams("ipmitool-1.8.19/lanplus-cs3-mc-info.datagrams.txt")[0].Bytes;
        var reply = Process(request);
        Assert.That(reply[..14], Is.EqualTo(Convert.FromHexString("0600ff07" + "00" + "00000000" + "00000000" + "10")));
        Assert.That(IpmiResponse.TryParse(reply.AsSpan(14), out var response), Is.True);
        Assert.That(response.CompletionCode, Is.EqualTo(CompletionCode.Normal));
        // channel 1; IPMI v2.0 extended data only; non-null user names; K_G default; IPMI v2.0 connections.
        Assert.That(response.Data.ToArray(), Is.EqualTo(new byte[] { 0x01, 0x80, 0x04, 0x02, 0, 0, 0, 0 }));
    }

    [Test]
    public void Kg_status_bit_is_set_when_a_bmc_key_is_configured()
    {
        using var lan = new LanFixture(o => o.BmcKey = [1, 2, 3]);
        var reply = new byte[DatagramProcessor.MaxDatagram];
        var request = Transcript.Datagrams("ipmitool-1.8.19/lanplus-cs3-mc-info.datagrams.txt")[0].Bytes;
        var n = lan.Processor.ProcessAsync(request, reply, LanFixture.Console, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Assert.That(reply[14 + 7 + 2], Is.EqualTo(0x24));
        Assert.That(n, Is.EqualTo(30));
    }

    [Test, Description("FreeIPMI's Open Session asks for privilege 0 and needs the granted level back (freeipmi/README.md)")]
    public void FreeIpmi_open_session_with_level_zero_is_granted_administrator()
    {
        var request = Transcript.Datagrams("freeipmi/bmc-info-cs3-user.datagrams.txt")[2].Bytes;
        var reply = Process(request);
        Assert.That(reply[..16], Is.EqualTo(Convert.FromHexString("0600ff0706110000000000000000" + "2400")));
        Assert.That(reply[16..20], Is.EqualTo(new byte[] { 0x97, 0x00, 0x04, 0x00 }), "tag echoed, no errors, ADMINISTRATOR");
        Assert.That(reply[20..24], Is.EqualTo(Convert.FromHexString("c8f1f451")), "console session ID echoed");
        Assert.That(reply[28..], Is.EqualTo(Convert.FromHexString("000000080100000001000008010000000200000801000000")));
    }

    [Test]
    public void Get_channel_cipher_suites_pages_the_offered_suites()
    {
        byte[] Page(byte index)
        {
            var message = new byte[IpmiRequest.Overhead + 3];
            new IpmiRequest { ResponderAddress = 0x20, NetFn = NetFn.App, RequesterAddress = 0x81, Command = 0x54, Data = [0x0E, 0x00, (byte)(0x80 | index)] }
                .WriteTo(message);
            var reply = Process(ScriptedClient.Sessionless(0x00, message));
            Assert.That(IpmiResponse.TryParse(reply.AsSpan(16), out var response), Is.True);
            Assert.That(response.CompletionCode, Is.EqualTo(CompletionCode.Normal));
            return response.Data.ToArray();
        }
        // Default offer 1, 2, 3, 15, 16, 17: 30 bytes of records after the channel number.
        Assert.That(Page(0), Is.EqualTo(Convert.FromHexString("01" + "c001014080" + "c002014180" + "c003014181" + "c0")));
        Assert.That(Page(1), Is.EqualTo(Convert.FromHexString("01" + "0f034080" + "c010034480" + "c011034481")));
        Assert.That(Page(2), Is.EqualTo(new byte[] { 0x01 }));
    }

    [Test]
    public void Sessionless_request_for_a_session_command_gets_insufficient_privilege()
    {
        var message = new byte[IpmiRequest.Overhead];
        new IpmiRequest { ResponderAddress = 0x20, NetFn = NetFn.App, RequesterAddress = 0x81, Command = 0x01 }.WriteTo(message);
        var reply = Process(ScriptedClient.Sessionless(0x00, message));
        Assert.That(IpmiResponse.TryParse(reply.AsSpan(16), out var response), Is.True);
        Assert.That(response.CompletionCode, Is.EqualTo(CompletionCode.InsufficientPrivilege));
        Assert.That(_lan.Stub.Calls, Is.Zero);
    }

    [Test, Description("OpenIPMI rmcp_ping capture (bench/ipmi_sim/captures/openipmi-rmcp_ping.datagrams.txt)")]
    public void Asf_presence_ping_gets_a_pong_saying_ipmi_is_supported()
    {
        var reply = Process(Convert.FromHexString("0600ff06000011be80000000"));
        Assert.That(reply, Is.EqualTo(Convert.FromHexString("0600ff06000011be40000010000011be000000008100000000000000")));
        var tagged = Process(Convert.FromHexString("0600ff06000011be80170000"));
        Assert.That(tagged[9], Is.EqualTo(0x17), "message tag echoed");
    }

    [Test]
    public void Every_truncation_of_every_captured_datagram_is_dropped_or_answered_without_throwing()
    {
        var files = new[]
        {
            "ipmitool-1.8.19/lanplus-cs3-mc-info.datagrams.txt",
            "ipmitool-1.8.19/lanplus-cs17-raw-get-device-id-ipmisidecar.datagrams.txt",
            "freeipmi/bmc-info-cs3-admin-opensesspriv.datagrams.txt",
        };
        var count = 0;
        foreach (var datagram in files.SelectMany(f => Transcript.Datagrams(f)).Select(d => d.Bytes).Take(200))
        {
            for (var length = 0; length < datagram.Length; length++)
            {
                var reply = Process(datagram[..length]);
                Assert.That(reply.Length, Is.LessThanOrEqualTo(DatagramProcessor.MaxDatagram));
                count++;
            }
        }
        Assert.That(count, Is.GreaterThan(1000));
    }

    [Test]
    public void Garbage_and_unsupported_framing_are_dropped()
    {
        Assert.That(Process([]), Is.Empty);
        Assert.That(Process([0x06, 0x00, 0xFF, 0x87]), Is.Empty, "RMCP ACK");
        Assert.That(Process(Convert.FromHexString("0600ff0708000000")), Is.Empty, "OEM class");
        Assert.That(Process(Convert.FromHexString("0600ff0702000000000000000000000000000000000000000000000009")), Is.Empty, "IPMI 1.5 MD5");
        Assert.That(Process(Convert.FromHexString("0600ff0700000000000102030409")), Is.Empty, "IPMI 1.5 session");
        Assert.That(Process(ScriptedClient.Sessionless(0x01, [1, 2, 3])), Is.Empty, "SOL outside a session");
        Assert.That(Process(new byte[DatagramProcessor.MaxDatagram + 1]), Is.Empty, "too long");
    }
}

/// <summary>The UDP listener itself.</summary>
[NonParallelizable]
public class UdpListenerTests
{
    [Test]
    public async Task Bind_failure_names_the_address_and_port()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;
        using var lan = new LanFixture(o => o.Port = port);
        var error = Assert.ThrowsAsync<LanBindException>(() => lan.Listener.StartAsync(CancellationToken.None));
        Assert.That(error!.Message, Does.Contain($"127.0.0.1:{port}"));
        Assert.That((error.Port, error.Error), Is.EqualTo((port, SocketError.AddressAlreadyInUse)));
        Assert.That(lan.Listener.Bound.IsFaulted, Is.True);
        await Task.CompletedTask;
    }

    [Test]
    public async Task Answers_a_ping_over_udp_and_stops_cleanly()
    {
        using var lan = new LanFixture();
        await lan.Listener.StartAsync(CancellationToken.None);
        var endPoint = await lan.Listener.Bound.WaitAsync(TimeSpan.FromSeconds(5));
        var pings = Enumerable.Range(0, 8).Select(async i =>
        {
            using var one = new UdpClient(AddressFamily.InterNetwork);
            await one.SendAsync(Convert.FromHexString($"0600ff06000011be80{i:x2}0000"), endPoint);
            var received = await one.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(5));
            return received.Buffer[9];
        });
        Assert.That(await Task.WhenAll(pings), Is.EquivalentTo(Enumerable.Range(0, 8).Select(i => (byte)i)));
        await lan.Listener.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(lan.Listener.ExecuteTask!.IsCompletedSuccessfully, Is.True);
    }
}

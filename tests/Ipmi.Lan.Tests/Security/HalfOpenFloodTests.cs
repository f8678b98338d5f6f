using System.Diagnostics;
using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Security;

/// <summary>Open Session / RAKP 1 floods that never finish cannot keep a real operator out for more than a few seconds.</summary>
public class HalfOpenFloodTests
{
    private static byte[] OpenSession(uint consoleId)
    {
        var payload = new byte[32];
        BitConverter.GetBytes(consoleId).CopyTo(payload, 4);
        payload[11] = 8; payload[12] = 0x01;                    // RAKP-HMAC-SHA1
        payload[16] = 1; payload[19] = 8; payload[20] = 0x01;   // HMAC-SHA1-96
        payload[24] = 2; payload[27] = 8; payload[28] = 0x01;   // AES-CBC-128
        return ScriptedClient.Sessionless(0x10, payload);
    }

    [Test]
    public void After_a_flood_from_200_addresses_a_console_logs_in_at_once()
    {
        using var lan = new LanFixture();
        for (var i = 0; i < 200; i++)
        {
            var flooder = new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Parse($"127.0.{i / 250}.{2 + i % 250}"), 50000 + i));
            flooder.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
            if (i % 2 == 0)
                flooder.SendRakp1("admin", "guess", PrivilegeLevel.Administrator);
        }
        Assert.That(lan.Sessions.HalfOpenCount, Is.EqualTo(new LanOptions().MaxHalfOpenSessions), "the half-open budget");
        new ScriptedClient(lan.Processor).Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
    }

    [Test]
    public void A_handshake_interleaved_with_a_flood_still_completes()
    {
        using var lan = new LanFixture();
        var console = new ScriptedClient(lan.Processor).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        for (var i = 0; i < 6; i++)
            new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Parse($"127.0.1.{i + 1}"), 50000)).SendOpenSession(CipherSuite.Suite3);
        console.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
        for (var i = 0; i < 6; i++)
            new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Parse($"127.0.2.{i + 1}"), 50000)).SendOpenSession(CipherSuite.Suite3);
        console.SendRakp3().ExpectRakp4(RmcpPlusStatus.NoErrors);
    }

    [Test, NonParallelizable, Description("Real UDP: 127.0.0.x flooders keep sending Open Sessions while ipmitool logs in")]
    public async Task Ipmitool_logs_in_within_the_bound_during_a_flood_from_many_addresses()
    {
        await using var host = await ListenerHost.StartAsync();
        using var stop = new CancellationTokenSource();
        var sent = 0;
        var flood = Task.Run(() =>
        {
            var flooders = Enumerable.Range(0, 50).Select(i => new UdpTransport(host.EndPoint, IPAddress.Parse($"127.0.3.{i + 1}"))).ToList();
            try
            {
                var clock = Stopwatch.StartNew();
                for (uint n = 1; !stop.IsCancellationRequested && clock.Elapsed < TimeSpan.FromSeconds(20); n++)
                {
                    flooders[(int)(n % 50)].Fire(OpenSession(n));
                    Interlocked.Increment(ref sent);
                    if (n % 2 == 0)
                        Thread.Sleep(1);                        // ~2k datagrams a second at most: 250 times the half-open budget, bounded
                }
            }
            finally
            {
                flooders.ForEach(f => f.Dispose());
            }
        });
        // ipmitool starts only once the flood is well under way (at most 5 s; the flood sends ~2k a second).
        var warmUp = Stopwatch.StartNew();
        while (Volatile.Read(ref sent) <= 500 && warmUp.Elapsed < TimeSpan.FromSeconds(5))
            await Task.Delay(10);
        var result = await ClientProcess.RunAsync("ipmitool",
            $"-I lanplus -C 17 -H 127.0.0.1 -p {host.Port} -U admin -P secret -N 1 -R 3 raw 0x06 0x01", TimeSpan.FromSeconds(15));
        await stop.CancelAsync();
        await flood;
        Assert.That(sent, Is.GreaterThan(500), "the flood ran");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), result.ToString());
        Assert.That(result.Output.Trim(), Is.EqualTo("20 01 01 02 02 bf f2 1b 00 01 00"));
    }
}

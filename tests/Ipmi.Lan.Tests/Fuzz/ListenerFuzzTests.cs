using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Fuzz;

/// <summary>The real UDP listener under random, truncated, empty and maximum-size datagrams: it keeps answering.</summary>
[TestFixture, Category("Fuzz"), NonParallelizable]
public class ListenerFuzzTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("LAN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 2000;

    [Test]
    public async Task The_listener_survives_garbage_and_still_logs_a_console_in()
    {
        await using var host = await ListenerHost.StartAsync();
        var random = new Random(0x623);
        var captured = DatagramFuzzTests.CapturedRequests();
        using (var fuzzers = new UdpTransport(host.EndPoint, IPAddress.Parse("127.0.0.88")))
        {
            fuzzers.Fire([]);
            fuzzers.Fire(new byte[65507]);
            for (var i = 0; i < Iterations; i++)
            {
                var datagram = (i % 3) switch
                {
                    0 => RandomBytes(random, random.Next(0, 200)),
                    1 => captured[random.Next(captured.Count)][..],
                    _ => Mutated(random, captured[random.Next(captured.Count)]),
                };
                if (i % 3 == 1)
                    datagram = datagram[..random.Next(0, datagram.Length + 1)];
                fuzzers.Fire(datagram);
                if (i % 50 == 0)
                    await Task.Delay(1);
            }
        }
        using var udp = new UdpTransport(host.EndPoint, IPAddress.Parse("127.0.0.89"), TimeSpan.FromSeconds(2));
        new ScriptedClient(udp.Exchange).Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        Assert.That(host.Fixture.Stub.Executions, Is.EqualTo(1), "only the logged-in console's command ran");
        Assert.That(host.Logs.Messages, Has.None.Contains("Error 5 Processing a datagram"), "no exception reached the receive loop");
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        if (length > 4 && random.Next(2) == 0)
            new byte[] { 0x06, 0x00, 0xFF, 0x07 }.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Mutated(Random random, byte[] original)
    {
        var copy = original.ToArray();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }
}

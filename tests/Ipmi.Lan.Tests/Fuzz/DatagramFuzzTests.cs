using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Tests.Interop;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Fuzz;

/// <summary>
/// Malformed input at the datagram entry point: random datagrams, every truncation and random mutations of
/// captured packets (pre-session, RAKP, authenticated), oversized length fields, empty and maximum-size
/// datagrams, IPMI v1.5 session packets with every authentication type. No exception escapes, no handler runs
/// without a session (the stub counts every execution), and a valid login works afterwards. The CI run is
/// bounded; <c>LAN_FUZZ_ITERATIONS=100000 dotnet test --filter TestCategory=Fuzz</c> (or fuzz.sh) runs longer.
/// </summary>
[TestFixture, Category("Fuzz"), FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class DatagramFuzzTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("LAN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 400;

    private static readonly IPEndPoint Fuzzer = new(IPAddress.Parse("127.0.0.66"), 6666);

    private readonly LanFixture _lan = new();
    private readonly byte[] _reply = new byte[DatagramProcessor.MaxDatagram];

    /// <summary>Every datagram the clients sent in the captures under fixtures/.</summary>
    public static IReadOnlyList<byte[]> CapturedRequests() =>
        Directory.GetFiles(Transcript.PathOf(""), "*.datagrams.txt", SearchOption.AllDirectories)
            .SelectMany(f => Transcript.Datagrams(Path.GetRelativePath(Transcript.PathOf(""), f)))
            .Where(d => d.FromClient)
            .Select(d => d.Bytes)
            .ToList();

    private bool Process(byte[] datagram)
    {
        var n = _lan.Processor.ProcessAsync(datagram, _reply, Fuzzer, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return n >= 0 && n <= _reply.Length;
    }

    /// <summary>After every fuzz run: no handler ran that should not have, and a console still logs in.</summary>
    [TearDown]
    public void A_valid_login_still_works()
    {
        using var lan = _lan;
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed)
            return;
        Assert.That(_lan.Stub.Executions, Is.EqualTo(_expectedExecutions), "no handler ran outside a session");
        new ScriptedClient(_lan.Processor, new IPEndPoint(IPAddress.Parse("127.0.0.77"), 7777)).Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
    }

    private int _expectedExecutions;

    [Test]
    public void Random_datagrams_behind_every_kind_of_header()
    {
        byte[][] prefixes = [[], [0x06, 0x00, 0xFF, 0x07], [0x06, 0x00, 0xFF, 0x07, 0x06], [0x06, 0x00, 0xFF, 0x07, 0x00], [0x06, 0x00, 0xFF, 0x06]];
        var datagrams =
            from prefix in Gen.Elements(prefixes)
            from payloadType in Gen.Elements<byte>(0x00, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x40, 0xC0, 0x01)
            from body in ArbMap.Default.GeneratorFor<byte[]>()
            select prefix.Length == 5 && prefix[4] == 0x06 ? [.. prefix, payloadType, .. body] : prefix.Concat(body).ToArray();
        Prop.ForAll(datagrams.ToArbitrary(), Process).Check(Config.QuickThrowOnFailure.WithMaxTest(Iterations).WithEndSize(300));
    }

    [Test]
    public void Every_truncation_of_every_captured_request()
    {
        foreach (var request in CapturedRequests())
            for (var length = 0; length < request.Length; length++)
                Assert.That(Process(request[..length]), Is.True);
    }

    [Test]
    public void Random_mutations_of_captured_requests()
    {
        var captured = CapturedRequests();
        var mutated =
            from original in Gen.Elements(captured.ToArray())
            from edits in Gen.Choose(0, 1023).Zip(Gen.Choose(0, 255)).ListOf()
            select Mutate(original, edits);
        Prop.ForAll(mutated.ToArbitrary(), Process).Check(Config.QuickThrowOnFailure.WithMaxTest(Iterations));
    }

    [TestCase(3)]
    [TestCase(17)]
    public void Truncations_and_mutations_of_authenticated_packets_never_run(byte suiteId)
    {
        CipherSuite.TryGet(suiteId, out var suite);
        var client = new ScriptedClient(_lan.Processor, Fuzzer).Login(suite, "admin", "secret");
        var packets = new List<byte[]>();
        foreach (var command in new byte[] { 0x01, 0x01, 0x99 })
            packets.Add(client.SendCommand(NetFn.App, command).LastSent);
        packets.Add(client.SendCommand(NetFn.Chassis, 0x02, 0x01).LastSent);
        _expectedExecutions = _lan.Stub.Executions;
        Assert.That(_expectedExecutions, Is.EqualTo(3), "Get Device ID twice and the faulting command; chassis control needs Operator");
        foreach (var packet in packets)
            for (var length = 0; length < packet.Length; length++)
                Assert.That(Process(packet[..length]), Is.True);
        var mutated =
            from original in Gen.Elements(packets.ToArray())
            from edits in Gen.Choose(0, 127).Zip(Gen.Choose(0, 255)).NonEmptyListOf()
            select Mutate(original, edits);
        Prop.ForAll(mutated.ToArbitrary(), Process).Check(Config.QuickThrowOnFailure.WithMaxTest(Iterations));
        client.SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        _expectedExecutions++;
    }

    [Test]
    public void Length_fields_larger_than_the_datagram()
    {
        byte[] v20 = [0x06, 0x00, 0xFF, 0x07, 0x06, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0x00, 0x04];
        byte[] v15 = [0x06, 0x00, 0xFF, 0x07, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0x20, 0x18];
        byte[] rakp1 = ScriptedClient.Sessionless(0x12, [.. new byte[27], 0xFF, 0x61]);
        byte[] asf = [0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x80, 0x00, 0x00, 0xFF];
        byte[] inSession = [0x06, 0x00, 0xFF, 0x07, 0x06, 0xC0, 1, 2, 3, 4, 1, 0, 0, 0, 0xFF, 0x7F, 0x00];
        foreach (var datagram in new[] { v20, v15, rakp1, asf, inSession })
            Assert.That(Process(datagram), Is.True);
    }

    [Test]
    public void Empty_and_maximum_size_datagrams()
    {
        Assert.That(Process([]), Is.True);
        var largest = new byte[65507];
        new Random(623).NextBytes(largest);
        byte[] header = [0x06, 0x00, 0xFF, 0x07, 0x06, 0x00];
        header.CopyTo(largest, 0);
        Assert.That(Process(largest), Is.True);
        Assert.That(Process(largest[..(DatagramProcessor.MaxDatagram + 1)]), Is.True);
    }

    [Test, Description("IPMI v1.5 session packets: only authentication type NONE outside a session is answered")]
    public void Ipmi15_session_packets_with_every_authentication_type()
    {
        var request = CapturedRequests()[0];
        for (var authType = 0; authType <= 0xFF; authType++)
        {
            foreach (var sessionId in new uint[] { 0, 0x01020304 })
            {
                var datagram = request.ToArray();
                datagram[4] = (byte)authType;
                BitConverter.GetBytes(sessionId).CopyTo(datagram, 9);
                Assert.That(Process(datagram), Is.True);
                var withAuthCode = datagram[..13].Concat(new byte[16]).Concat(datagram[13..]).ToArray();
                Assert.That(Process(withAuthCode), Is.True);
            }
        }
    }

    private static byte[] Mutate(byte[] original, IEnumerable<(int Index, int Value)> edits)
    {
        var copy = original.ToArray();
        foreach (var (index, value) in edits)
            copy[index % copy.Length] = (byte)value;
        return copy;
    }
}

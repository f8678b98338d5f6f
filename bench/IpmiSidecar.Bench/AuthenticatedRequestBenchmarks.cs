using BenchmarkDotNet.Attributes;
using Ipmi.Protocol;
using Ipmi.Protocol.App;
using IpmiLoad.Client;

namespace IpmiSidecar.Bench;

/// <summary>
/// Datagram in → response out for an authenticated, encrypted Get Device ID on an established session
/// (integrity check, sequence window, AES-CBC-128 decrypt, dispatch, encrypt, AuthCode): the steady-state
/// path of every command. The console's requests for one iteration are written beforehand (each needs a
/// new sequence number and rqSeq), so the figure is the server's work alone.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class AuthenticatedRequestBenchmarks
{
    private const int Batch = 4096;

    private InProcessLan _lan = null!;
    private RmcpPlusConsole _console = null!;
    private readonly byte[][] _requests = Enumerable.Range(0, Batch).Select(_ => new byte[RmcpPlusConsole.MaxDatagram]).ToArray();
    private readonly int[] _lengths = new int[Batch];
    private readonly byte[] _buffer = new byte[RmcpPlusConsole.MaxDatagram];

    [Params(3, 17)]
    public int Suite { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lan = new InProcessLan();
        _console = new RmcpPlusConsole(ConsoleSuite.FromId(Suite), InProcessLan.User, InProcessLan.Password);
        if (!_lan.Handshake(_console, _buffer) || !_lan.Command(_console, _buffer, NetFn.App, GetDeviceId.Command, []))
            throw new InvalidOperationException($"cipher suite {Suite}: login or Get Device ID failed in process");
    }

    [IterationSetup]
    public void WriteRequests()
    {
        for (var i = 0; i < Batch; i++)
            _lengths[i] = _console.WriteRequest(NetFn.App, GetDeviceId.Command, [], _requests[i]);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int GetDeviceIdRequest()
    {
        var replied = 0;
        for (var i = 0; i < Batch; i++)
            replied += _lan.Process(_requests[i].AsMemory(0, _lengths[i]));
        return replied;
    }

    /// <summary>The last reply must be the console's answer: a bench that measured drops would be worthless.</summary>
    [IterationCleanup]
    public void CheckLastReply()
    {
        Span<byte> plaintext = stackalloc byte[RmcpPlusConsole.MaxDatagram];
        if (!_console.TryReadResponse(_lan.Reply, plaintext, out var response) || response.CompletionCode != CompletionCode.Normal)
            throw new InvalidOperationException("the last request of the iteration was not answered");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _console.Dispose();
        _lan.Dispose();
    }
}

using BenchmarkDotNet.Attributes;
using Ipmi.Protocol;
using IpmiLoad.Client;

namespace IpmiSidecar.Bench;

/// <summary>
/// A full RMCP+ handshake (Open Session, RAKP 1 → 2, RAKP 3 → 4) then Close Session, console and server
/// in one thread: both sides' HMACs are in the figure, roughly half each (the console checks RAKP 2 and
/// 4 and derives SIK, K1, K2 as the server does).
/// </summary>
[MemoryDiagnoser]
public class HandshakeBenchmarks
{
    private const byte CloseSession = 0x3C;

    private InProcessLan _lan = null!;
    private RmcpPlusConsole _console = null!;
    private readonly byte[] _buffer = new byte[RmcpPlusConsole.MaxDatagram];

    [Params(3, 17)]
    public int Suite { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lan = new InProcessLan();
        _console = new RmcpPlusConsole(ConsoleSuite.FromId(Suite), InProcessLan.User, InProcessLan.Password);
        if (!LoginAndClose())
            throw new InvalidOperationException($"cipher suite {Suite}: the handshake failed in process");
    }

    [Benchmark]
    public bool LoginAndClose()
    {
        Span<byte> id = stackalloc byte[sizeof(uint)];
        if (!_lan.Handshake(_console, _buffer))
            return false;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(id, _console.ManagedSessionId);
        return _lan.Command(_console, _buffer, NetFn.App, CloseSession, id);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _console.Dispose();
        _lan.Dispose();
    }
}

using System.Diagnostics;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace IpmiSidecar.Bench.Packages;

/// <summary>
/// One loopback round trip of an RMCP+-sized datagram (<see cref="Bytes"/>: 64 is about an authenticated, encrypted
/// Get Device ID at suite 3) through each <see cref="UdpLoop"/>. The client is a connected socket blocking in
/// send and recv on the benchmark thread. Pipelines.Sockets.Unofficial has no datagram transport (its
/// SocketConnection turns a socket into a byte-stream pipe, which loses datagram boundaries and the sender's
/// address); its awaitable SocketAsyncEventArgs is the part that applies to UDP, so that is what is measured.
/// Cleanup also prints the process's CPU time per round trip over all of the case's invocations (client, server and
/// the harness alike, so only the differences between loops mean something): the production loop was chosen for
/// its CPU, not its latency (bench/README.md).
/// </summary>
[MemoryDiagnoser]
public class UdpLoopBenchmarks
{
    private readonly byte[] _reply = new byte[1024];
    private byte[] _request = [];
    private UdpEchoServer _server = null!;
    private Socket _client = null!;
    private TimeSpan _cpuAtStart;
    private long _roundTrips;

    [Params(UdpLoop.BlockingThread, UdpLoop.SocketAwaitableEventArgs, UdpLoop.BclAsync)]
    public UdpLoop Loop { get; set; }

    [Params(64)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = new byte[Bytes];
        Random.Shared.NextBytes(_request);
        _server = new UdpEchoServer(Loop);
        _client = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveTimeout = 2000 };
        _client.Connect(_server.Endpoint);
        if (RoundTrip() != Bytes)
            throw new InvalidOperationException($"{Loop}: the echo did not come back whole");
        _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        _roundTrips = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        Console.WriteLine($"// CPU per round trip, {Loop}: {cpu.TotalMicroseconds / _roundTrips:F1} us over {_roundTrips} round trips");
        _client.Dispose();
        _server.Dispose();
    }

    [Benchmark]
    public int RoundTrip()
    {
        _roundTrips++;
        _client.Send(_request);
        return _client.Receive(_reply);
    }
}

using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using Pipelines.Sockets.Unofficial;

namespace IpmiSidecar.Bench.Packages;

/// <summary>How the echo server receives a datagram and answers it from the arrival address.</summary>
public enum UdpLoop
{
    /// <summary>The production <c>UdpListener</c>'s shape: a thread blocking in recvfrom, answering with sendto.</summary>
    BlockingThread,

    /// <summary>Pipelines.Sockets.Unofficial's <see cref="SocketAwaitableEventArgs"/> (ReceiveFromAsync / SendToAsync, continuations inline).</summary>
    SocketAwaitableEventArgs,

    /// <summary>The BCL's <c>ReceiveFromAsync(Memory, SocketFlags, SocketAddress)</c> / <c>SendToAsync</c> with one reused address.</summary>
    BclAsync,
}

/// <summary>
/// A loopback UDP echo server running one <see cref="UdpLoop"/>: the datagram is sent back unchanged, so only the
/// transport loop is measured, not the IPMI work behind it. Disposing closes the socket, which ends the loop.
/// </summary>
public sealed class UdpEchoServer : IDisposable
{
    private const int MaxDatagram = 1024;

    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly Thread? _thread;

    public UdpEchoServer(UdpLoop loop)
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Endpoint = (IPEndPoint)_socket.LocalEndPoint!;
        switch (loop)
        {
            case UdpLoop.BlockingThread:
                _thread = new Thread(Blocking) { IsBackground = true, Name = "echo (blocking)" };
                _thread.Start();
                break;
            case UdpLoop.SocketAwaitableEventArgs:
                _ = AwaitableEventArgsAsync();
                break;
            default:
                _ = BclAsync();
                break;
        }
    }

    public IPEndPoint Endpoint { get; }

    private void Blocking()
    {
        var buffer = new byte[MaxDatagram];
        var address = new SocketAddress(AddressFamily.InterNetwork);
        try
        {
            while (true)
            {
                var n = _socket.ReceiveFrom(buffer, SocketFlags.None, address);
                _socket.SendTo(buffer.AsSpan(0, n), SocketFlags.None, address);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed by Dispose.
        }
    }

    private async Task AwaitableEventArgsAsync()
    {
        using var args = new SocketAwaitableEventArgs(PipeScheduler.Inline);
        var buffer = new byte[MaxDatagram];
        args.RemoteEndPoint = new IPEndPoint(IPAddress.Any, 0);
        try
        {
            while (true)
            {
                args.SetBuffer(buffer, 0, buffer.Length);
                if (!_socket.ReceiveFromAsync(args))
                    args.Complete();
                var n = await args;
                args.SetBuffer(buffer, 0, n); // RemoteEndPoint now holds the sender
                if (!_socket.SendToAsync(args))
                    args.Complete();
                await args;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed by Dispose.
        }
    }

    private async Task BclAsync()
    {
        var buffer = new byte[MaxDatagram];
        var address = new SocketAddress(AddressFamily.InterNetwork);
        try
        {
            while (true)
            {
                var n = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, address).ConfigureAwait(false);
                await _socket.SendToAsync(buffer.AsMemory(0, n), SocketFlags.None, address).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed by Dispose.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _thread?.Join();
    }
}

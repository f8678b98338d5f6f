using System.Net;
using System.Net.Sockets;

namespace Ipmi.Lan.Tests.Support;

/// <summary>
/// A <see cref="ScriptedClient"/> transport over real UDP: one socket bound to <paramref name="local"/> (any
/// 127.0.0.x works: all of 127/8 is loopback), one datagram out, the reply or nothing within the timeout.
/// </summary>
public sealed class UdpTransport(IPEndPoint server, IPAddress local, TimeSpan? timeout = null) : IDisposable
{
    private readonly Socket _socket = Bind(local);
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMilliseconds(500);

    private static Socket Bind(IPAddress local)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(local, 0));
        return socket;
    }

    public byte[] Exchange(byte[] datagram)
    {
        while (_socket.Available > 0)
            _socket.Receive(new byte[65536]);               // a late reply to an earlier datagram
        _socket.SendTo(datagram, server);
        if (!_socket.Poll(_timeout, SelectMode.SelectRead))
            return [];
        var buffer = new byte[65536];
        var n = _socket.Receive(buffer);
        return buffer[..n];
    }

    /// <summary>Sends without waiting for a reply (floods).</summary>
    public void Fire(byte[] datagram) => _socket.SendTo(datagram, server);

    public void Dispose() => _socket.Dispose();
}

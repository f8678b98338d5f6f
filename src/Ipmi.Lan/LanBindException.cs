using System.Net;
using System.Net.Sockets;

namespace Ipmi.Lan;

/// <summary>The LAN channel's UDP address and port cannot be bound (<see cref="UdpListener.Bind"/>).</summary>
public sealed class LanBindException(IPAddress address, int port, SocketException inner)
    : IOException($"Could not bind UDP {address}:{port}: {inner.Message} ({inner.SocketErrorCode}).", inner)
{
    public IPAddress Address { get; } = address;

    public int Port { get; } = port;

    public SocketError Error { get; } = inner.SocketErrorCode;
}

using System.Net;
using System.Net.Sockets;

namespace Ipmi.Lan;

public sealed partial class UdpListener
{
    /// <summary>
    /// The <see cref="IPEndPoint"/> for a source address, reused while that console keeps talking: creating
    /// one allocates, and a handful of consoles take turns on every receive thread. One per thread, no locks.
    /// </summary>
    private sealed class RemoteEndPoints(IPEndPoint local)
    {
        private const int Capacity = 16;

        private readonly SocketAddress[] _addresses = new SocketAddress[Capacity];
        private readonly IPEndPoint[] _endPoints = new IPEndPoint[Capacity];
        private int _count;
        private int _next;

        public IPEndPoint For(SocketAddress address)
        {
            for (var i = 0; i < _count; i++)
            {
                if (_addresses[i].Equals(address))
                    return _endPoints[i];
            }
            var slot = _next;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
                _count++;
            var copy = _addresses[slot] ??= new SocketAddress(address.Family);
            address.Buffer.CopyTo(copy.Buffer);
            copy.Size = address.Size;
            return _endPoints[slot] = (IPEndPoint)local.Create(address);
        }
    }
}
